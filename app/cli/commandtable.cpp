#include "commandtable.h"

#include "auditcommand.h"
#include "checklistcommand.h"
#include "commands.h"
#include "lintcommand.h"
#include "report.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace godwit::cli {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Cli)
};

// A usage error, for people on err; with --format json, as {"error", "code": "usage"} on out too.
int usage(QTextStream &out, QTextStream &err, bool json, const Message &message)
{
    Report(out, json).error(message, err, exitId(Exit::Usage));
    return Exit::Usage;
}

int usage(const Invocation &in, const Message &message)
{
    return usage(in.out, in.err, in.options.json, message);
}

// The common options, when --format is one the command writes and one target is given.
std::optional<GlobalOptions> checkedGlobalOptions(const Command &command, const QCommandLineParser &parser, QTextStream &out,
                                                  QTextStream &err)
{
    const QString format = parser.value(u"format"_s);
    const bool sarif = command.formats == Formats::TextJsonOrSarif;
    if (format != u"text" && format != u"json" && !(sarif && format == u"sarif")) {
        err << (sarif ? Text::tr("godwit-cli: %1 --format must be text, json or sarif").arg(QString::fromLatin1(command.name))
                      : Text::tr("godwit-cli: --format must be text or json"))
            << u'\n';
        return std::nullopt;
    }
    GlobalOptions options{parser.value(u"project"_s),        parser.value(u"url"_s),
                          parser.value(u"profile"_s),        format == u"json",
                          parser.isSet(u"demo"_s),           parser.value(u"lock-timeout"_s),
                          parser.value(u"statement-timeout"_s), parser.value(u"schema"_s)};
    if (!options.url.isEmpty() && !options.profile.isEmpty()) {
        usage(out, err, options.json, Text::msg("give --url or --profile, not both"));
        return std::nullopt;
    }
    return options;
}

// The number of words after the command's name is one it takes.
bool arityKept(const Command &command, const Invocation &in)
{
    const Arity &arity = command.arity;
    if (in.arguments.size() >= arity.min && (arity.max < 0 || in.arguments.size() <= arity.max))
        return true;
    const QString name = QString::fromLatin1(command.name);
    usage(in, (arity.usage ? Message("Cli", arity.usage) : Text::msg("%1 takes no arguments")).arg(name));
    return false;
}

bool overrideHasReason(const Invocation &in)
{
    if (!in.isSet(u"override"_s) || !in.value(u"override"_s).trimmed().isEmpty())
        return true;
    usage(in, Text::msg("--override needs a reason"));
    return false;
}

// --diff: nullopt after the usage error, else whether the unified DDL text diff was asked for.
std::optional<bool> unifiedDiff(const Invocation &in)
{
    if (!in.isSet(u"diff"_s))
        return false;
    if (in.value(u"diff"_s) != u"unified") {
        usage(in, Text::msg("--diff takes unified"));
        return std::nullopt;
    }
    return true;
}

// --to, --steps, --allow-out-of-order and --allow-modified, as far as the command takes them.
std::optional<PlanRequest> planRequest(const Invocation &in, Direction direction)
{
    PlanRequest request;
    request.direction = direction;
    if (in.isSet(u"to"_s))
        request.to = in.value(u"to"_s);
    if (in.isSet(u"steps"_s)) {
        bool ok = false;
        const int n = in.value(u"steps"_s).toInt(&ok);
        if (!ok || n < 1) {
            usage(in, Text::msg("--steps needs a positive number"));
            return std::nullopt;
        }
        if (request.to) {
            usage(in, Text::msg("give --to or --steps, not both"));
            return std::nullopt;
        }
        request.steps = n;
    }
    request.allowOutOfOrder = in.isSet(u"allow-out-of-order"_s);
    request.allowModified = in.isSet(u"allow-modified"_s);
    return request;
}

// A Commands with its report, for one call.
struct Runner
{
    explicit Runner(const Invocation &in)
        : report(in.out, in.options.json)
        , commands(in.options, report, in.err)
    {
        commands.setOverride(in.value(u"override"_s));
    }

    Report report;
    Commands commands;
};

int status(const Invocation &in)
{
    return Runner(in).commands.status();
}

int plan(const Invocation &in)
{
    const auto request = planRequest(in, Direction::Up);
    if (!request)
        return Exit::Usage;
    return Runner(in).commands.plan(*request);
}

// up and down.
int apply(const Invocation &in, Direction direction)
{
    if (!overrideHasReason(in))
        return Exit::Usage;
    const auto request = planRequest(in, direction);
    if (!request)
        return Exit::Usage;
    return Runner(in).commands.apply(*request, in.cancel);
}

int up(const Invocation &in)
{
    return apply(in, Direction::Up);
}

int down(const Invocation &in)
{
    return apply(in, Direction::Down);
}

int create(const Invocation &in)
{
    return Runner(in).commands.create(in.arguments.first());
}

int repair(const Invocation &in)
{
    if (!overrideHasReason(in))
        return Exit::Usage;
    const bool markApplied = in.isSet(u"mark-applied"_s);
    const bool retry = in.isSet(u"retry-from"_s);
    const bool runDown = in.isSet(u"run-down"_s);
    if (int(markApplied) + int(retry) + int(runDown) > 1)
        return usage(in, Text::msg("choose one of --mark-applied, --retry-from and --run-down"));
    std::optional<Executor::RepairAction> action;
    if (markApplied)
        action = Executor::RepairAction::MarkApplied;
    if (runDown)
        action = Executor::RepairAction::RunDown;
    int from = 0;
    if (retry) {
        bool ok = false;
        from = in.value(u"retry-from"_s).toInt(&ok);
        if (!ok || from < 1)
            return usage(in, Text::msg("--retry-from needs a statement number, from 1"));
        action = Executor::RepairAction::RetryFrom;
    }
    return Runner(in).commands.repair(in.arguments.value(0), action, from, in.cancel);
}

int adopt(const Invocation &in)
{
    if (!overrideHasReason(in))
        return Exit::Usage;
    const bool described = in.isSet(u"table"_s) || in.isSet(u"column"_s) || in.isSet(u"value"_s) || in.isSet(u"applied-at"_s);
    if (in.arguments.isEmpty()) {
        if (described)
            return usage(in, Text::msg("--table, --column, --value and --applied-at describe a TOOL's table: name the tool"));
        return Runner(in).commands.adopt(std::nullopt, in.isSet(u"interop"_s), in.isSet(u"yes"_s), in.cancel);
    }
    const std::optional<PeerTool> tool = peerToolFromId(in.arguments.first());
    if (!tool)
        return usage(in, Text::msg("%1 is not a tool Godwit reads the history of (flyway, golang-migrate, dbmate, goose, "
                                   "diesel, prisma, sqitch, custom)")
                             .arg(in.arguments.first()));
    PeerTableSpec spec = peerTableSpec(*tool);
    if (in.isSet(u"table"_s))
        spec.table = in.value(u"table"_s);
    if (*tool == PeerTool::Custom) {
        if (spec.table.isEmpty() || !in.isSet(u"column"_s))
            return usage(in, Text::msg("adopt custom needs --table and --column"));
        spec.column = in.value(u"column"_s);
        const QString value = in.isSet(u"value"_s) ? in.value(u"value"_s) : u"version"_s;
        if (value != u"version" && value != u"stem" && value != u"name")
            return usage(in, Text::msg("--value takes version, stem or name"));
        spec.value = value == u"stem" ? PeerValue::Stem : value == u"name" ? PeerValue::FileName : PeerValue::Version;
        spec.appliedAt = in.value(u"applied-at"_s);
    } else if (in.isSet(u"column"_s) || in.isSet(u"value"_s) || in.isSet(u"applied-at"_s)) {
        return usage(in, Text::msg("--column, --value and --applied-at describe a custom table; %1 keeps its own columns")
                             .arg(in.arguments.first()));
    }
    spec.interop = in.isSet(u"interop"_s);
    return Runner(in).commands.adopt(spec, spec.interop, in.isSet(u"yes"_s), in.cancel);
}

int baseline(const Invocation &in)
{
    if (!in.isSet(u"to"_s))
        return usage(in, Text::msg("baseline needs --to V: the newest migration the database already has"));
    if (!overrideHasReason(in))
        return Exit::Usage;
    return Runner(in).commands.baseline(in.value(u"to"_s), in.isSet(u"yes"_s), in.cancel);
}

int dryRun(const Invocation &in)
{
    const auto unified = unifiedDiff(in);
    if (!unified)
        return Exit::Usage;
    const auto method = dryRunMethodFromId(in.value(u"method"_s));
    if (!method)
        return usage(in, Text::msg("--method must be auto, copy, transaction or shadow"));
    const auto request = planRequest(in, Direction::Up);
    if (!request)
        return Exit::Usage;
    return Runner(in).commands.dryRun(*request, *method, in.isSet(u"reversible"_s), *unified, in.cancel);
}

int snapshot(const Invocation &in)
{
    return Runner(in).commands.snapshot();
}

int diff(const Invocation &in)
{
    const auto unified = unifiedDiff(in);
    if (!unified)
        return Exit::Usage;
    return Runner(in).commands.diff(in.arguments.at(0), in.arguments.at(1), *unified);
}

int verify(const Invocation &in)
{
    const auto unified = unifiedDiff(in);
    if (!unified)
        return Exit::Usage;
    if (in.isSet(u"audit"_s)) {
        if (in.isSet(u"drift"_s))
            return usage(in, Text::msg("verify --audit takes no arguments and no other check"));
        return verifyAudit(in.options, in.out, in.err);
    }
    Runner runner(in);
    return in.isSet(u"drift"_s) ? runner.commands.verifyDrift(*unified, in.cancel) : runner.commands.verifyChecksums();
}

int lintCommand(const Invocation &in)
{
    const auto severity = severityFromId(in.value(u"fail-on"_s));
    if (!severity || *severity == Severity::Info)
        return usage(in, Text::msg("--fail-on must be error or warning"));
    if (in.isSet(u"reversible"_s) && !in.arguments.isEmpty())
        return usage(in, Text::msg("lint --reversible checks the target's pending migrations, not files"));
    return lint(in.options,
                {in.arguments, in.isSet(u"pending"_s), in.isSet(u"reversible"_s), in.value(u"dialect"_s), *severity,
                 in.value(u"format"_s), in.value(u"server-version"_s)},
                in.out, in.err);
}

ChecklistOptions checklistOptions(const Invocation &in)
{
    return {in.value(u"to"_s),     in.value(u"note"_s),       in.value(u"by"_s),     in.value(u"override"_s),
            in.value(u"output"_s), in.value(u"deployment"_s), in.isSet(u"force"_s)};
}

int backup(const Invocation &in)
{
    return ChecklistCommand(in.options, checklistOptions(in), in.out, in.err).backup(in.cancel);
}

int checklist(const Invocation &in)
{
    return ChecklistCommand(in.options, checklistOptions(in), in.out, in.err).run(in.arguments, in.cancel);
}

} // namespace

int runCommand(const Command &command, const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
               QTextStream &err, const std::atomic_bool *cancel)
{
    const auto options = checkedGlobalOptions(command, parser, out, err);
    if (!options)
        return Exit::Usage;
    const Invocation in{command, parser, *options, arguments, out, err, cancel};
    if (!arityKept(command, in))
        return Exit::Usage;
    return command.handler(in);
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"status", QT_TRANSLATE_NOOP("Cli", "each migration's state, the detected format and the folder's problems"),
         "status", {}, {}, status},
        {"plan", QT_TRANSLATE_NOOP("Cli", "the steps that would take the target to --to V (up or down), without running them"),
         "plan [--to V] [--allow-out-of-order]", {u"to"_s, u"allow-out-of-order"_s}, {}, plan},
        {"up", QT_TRANSLATE_NOOP("Cli", "apply pending migrations, up to --to V; on production only a deployment's "
                                        "checked plan, or with --override REASON"),
         "up [--to V] [--allow-out-of-order] [--allow-modified] [--override REASON]",
         {u"to"_s, u"allow-out-of-order"_s, u"override"_s, u"allow-modified"_s}, {}, up},
        {"down", QT_TRANSLATE_NOOP("Cli", "roll back --steps N (default 1) or down to --to V (kept); on production "
                                          "the profile's name typed on a terminal, or --override REASON"),
         "down [--steps N | --to V] [--override REASON]", {u"to"_s, u"steps"_s, u"override"_s}, {}, down},
        {"new", QT_TRANSLATE_NOOP("Cli", "create the next migration NAME in the folder's format"), "new NAME", {},
         {1, 1, QT_TRANSLATE_NOOP("Cli", "%1 takes one NAME")}, create},
        {"repair", QT_TRANSLATE_NOOP("Cli", "show what ran of a failed migration [VERSION]; with --mark-applied, "
                                            "--retry-from N or --run-down, repair it"),
         "repair [VERSION] [--mark-applied | --retry-from N | --run-down] [--override REASON]",
         {u"mark-applied"_s, u"retry-from"_s, u"run-down"_s, u"override"_s},
         {0, 1, QT_TRANSLATE_NOOP("Cli", "%1 takes at most one VERSION")}, repair},
        {"adopt", QT_TRANSLATE_NOOP("Cli", "read another tool's history table as the target's past (TOOL: flyway, "
                                           "golang-migrate, dbmate, goose, diesel, prisma, sqitch, custom; none: the one "
                                           "status found); writes godwit.json's \"history\"; --interop first writes "
                                           "what Godwit applied into the tool's table, once the list is confirmed "
                                           "(--yes without a terminal)"),
         "adopt [TOOL] [--interop [--yes] [--override REASON]] [--table T] [--column C --value version|stem|name "
         "[--applied-at C]]",
         {u"interop"_s, u"yes"_s, u"override"_s, u"table"_s, u"column"_s, u"value"_s, u"applied-at"_s},
         {0, 1, QT_TRANSLATE_NOOP("Cli", "%1 takes at most one TOOL")}, adopt},
        {"baseline", QT_TRANSLATE_NOOP("Cli", "record every migration up to --to V as applied without running it, "
                                              "once the list is confirmed (--yes without a terminal)"),
         "baseline --to V [--yes] [--override REASON]", {u"to"_s, u"yes"_s, u"override"_s}, {}, baseline},
        {"dry-run", QT_TRANSLATE_NOOP("Cli", "run the plan to --to V so that the target is left as it was, and show the "
                                             "schema diff; --reversible also runs the downs and shows what they leave"),
         "dry-run [--to V] [--method auto|copy|transaction|shadow] [--reversible] [--diff unified]",
         {u"to"_s, u"allow-out-of-order"_s, u"method"_s, u"reversible"_s, u"diff"_s}, {}, dryRun},
        {"snapshot", QT_TRANSLATE_NOOP("Cli", "the target's schema as normalized DDL (--format json: a snapshot file "
                                              "diff can read)"),
         "snapshot [--format text|json]", {}, {}, snapshot},
        {"diff", QT_TRANSLATE_NOOP("Cli", "compare two schemas A B (URLs, profiles or snapshot files); exits 1 when they "
                                          "differ"),
         "diff A B [--diff unified]", {u"diff"_s},
         {2, 2, QT_TRANSLATE_NOOP("Cli", "%1 takes two schemas A B (URLs, profiles or snapshot files)")}, diff},
        {"verify", QT_TRANSLATE_NOOP("Cli", "the applied migrations' checksums against their files, exit 1 naming each "
                                            "modified, missing or unrecognised file; --drift: compare the target with "
                                            "the schema its applied history implies, exit 1 on drift; --audit: check the audit "
                                            "log's hash chain, exit 1 naming the first bad row"),
         "verify [--drift [--diff unified] | --audit]", {u"diff"_s, u"drift"_s, u"audit"_s}, {}, verify},
        {"lint", QT_TRANSLATE_NOOP("Cli", "analyse [FILES…] (default: every migration; --pending: the target's pending "
                                          "ones; --reversible: also their downs, on a dry run) for dangerous statements; "
                                          "--format text|json|sarif; exit 3 when a finding reaches --fail-on "
                                          "error|warning"),
         "lint [FILES… | --pending] [--reversible] [--dialect D] [--server-version V] [--format text|json|sarif] "
         "[--fail-on error|warning]",
         {u"reversible"_s, u"pending"_s, u"dialect"_s, u"fail-on"_s, u"server-version"_s}, {0, -1}, lintCommand, Formats::TextJsonOrSarif},
        {"backup", QT_TRANSLATE_NOOP("Cli", "back the target up (into --output DIR, default .godwit/backups) and print "
                                            "the file, its size and SHA-256 and the command that restores it"),
         "backup [--output DIR]", {u"output"_s}, {}, backup},
        {"checklist", QT_TRANSLATE_NOOP("Cli", "a deployment's checklist: start [--to V], show, run [ITEM…], tick ITEM "
                                               "[--note], ack CHANGE…, rollback-note V TEXT, apply [--override REASON], "
                                               "report [markdown|html] [--output FILE], list, close"),
         "checklist start|show|run|tick|ack|rollback-note|apply|report|list|close [ARGUMENTS…]",
         {u"to"_s, u"note"_s, u"by"_s, u"override"_s, u"output"_s, u"force"_s, u"deployment"_s}, {0, -1}, checklist},
    };
    return list;
}

QList<QCommandLineOption> allOptions()
{
    return {
        {u"audit"_s, Text::tr("verify: check the audit log's hash chain; exits 1 naming the first tampered row.")},
        {u"pending"_s, Text::tr("lint: only the target's pending migrations.")},
        {u"dialect"_s, Text::tr("lint: sqlite, postgresql or mysql."), Text::tr("D")},
        {u"fail-on"_s, Text::tr("lint: exit 3 at findings of this severity or worse."), Text::tr("error|warning"), u"error"_s},
        {u"server-version"_s,
         Text::tr("lint: the MySQL or MariaDB server the scripts will run on (\"mysql 8.0.35\", \"mariadb 10.11\"), for "
                  "which ALTERs are instant, in place or copies."),
         Text::tr("VERSION")},
        {u"allow-modified"_s,
         Text::tr("up: run although applied scripts changed since they ran (recorded in the audit log).")},
        {u"project"_s, Text::tr("The project folder (default: the current folder)."), Text::tr("DIR")},
        {u"url"_s, Text::tr("The target: sqlite:PATH, postgres://…, mysql://…"), Text::tr("URL")},
        {u"profile"_s, Text::tr("A connection profile from godwit.json."), Text::tr("NAME")},
        {u"format"_s, Text::tr("Output: text (default) or json."), Text::tr("FORMAT"), u"text"_s},
        {u"demo"_s, Text::tr("Use the bundled demo project in the user's data folder.")},
        {u"to"_s, Text::tr("Target version."), Text::tr("V")},
        {u"steps"_s, Text::tr("Number of migrations to roll back."), Text::tr("N")},
        {u"allow-out-of-order"_s, Text::tr("Apply pending migrations older than the newest applied one.")},
        {u"lock-timeout"_s, Text::tr("PostgreSQL lock_timeout / MySQL lock_wait_timeout for this run (5s, 500ms)."),
         Text::tr("DURATION")},
        {u"statement-timeout"_s, Text::tr("PostgreSQL statement_timeout for this run."), Text::tr("DURATION")},
        {u"schema"_s, Text::tr("PostgreSQL search_path for this run."), Text::tr("SCHEMA")},
        {u"mark-applied"_s, Text::tr("repair: record the migration as applied.")},
        {u"retry-from"_s, Text::tr("repair: run again from statement N."), Text::tr("N")},
        {u"run-down"_s, Text::tr("repair: run the down script.")},
        {u"method"_s,
         Text::tr("dry-run: copy (SQLite file copy, MySQL and PostgreSQL scratch schema), transaction (SQLite, "
                  "PostgreSQL; on production only when chosen, under a short lock_timeout) or shadow (history "
                  "replayed on a scratch database). auto: copy, but a transaction on PostgreSQL that is not production."),
         Text::tr("METHOD"), u"auto"_s},
        {u"reversible"_s,
         Text::tr("dry-run: run up, then down, and compare; lint: the same for each pending migration, a finding "
                  "where a down does not undo its up.")},
        {u"diff"_s, Text::tr("Also print the DDL text diff: unified."), Text::tr("STYLE")},
        {u"drift"_s, Text::tr("verify: compare with the schema the history implies.")},
        {u"note"_s, Text::tr("checklist: a note with a tick, acknowledgement or close."), Text::tr("TEXT")},
        {u"by"_s, Text::tr("checklist: who signs (default: GODWIT_USER or the OS user)."), Text::tr("NAME")},
        {u"override"_s,
         Text::tr("up, checklist apply: run on production without the required items; down, repair: on production "
                  "without a terminal. The reason is recorded in the audit log (and the deployment)."),
         Text::tr("REASON")},
        {u"output"_s, Text::tr("checklist report: the file to write; backup: the folder."), Text::tr("PATH")},
        {u"force"_s, Text::tr("checklist report: replace an existing --output file.")},
        {u"deployment"_s, Text::tr("checklist show/report: a past deployment's id (read-only)."), Text::tr("ID")},
        {u"table"_s, Text::tr("adopt: the history table, when not the tool's usual name."), Text::tr("TABLE")},
        {u"column"_s, Text::tr("adopt custom: the column that names each applied migration."), Text::tr("COLUMN")},
        {u"value"_s, Text::tr("adopt custom: what the column holds: version, stem (the file's name without .sql) or name."),
         Text::tr("KIND")},
        {u"applied-at"_s, Text::tr("adopt custom: the column of when each was applied."), Text::tr("COLUMN")},
        {u"yes"_s, Text::tr("baseline: the list printed is confirmed.")},
        {u"interop"_s, Text::tr("adopt: write the tool's table too, as the tool would, with every migration Godwit "
                                "runs (\"mode\": \"interop\").")},
    };
}

const QStringList &commonOptions()
{
    static const QStringList names = {u"project"_s, u"url"_s,          u"profile"_s,           u"format"_s,
                                      u"demo"_s,    u"lock-timeout"_s, u"statement-timeout"_s, u"schema"_s};
    return names;
}

} // namespace godwit::cli
