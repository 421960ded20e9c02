#include "cliapp.h"

#include "auditcommand.h"
#include "checklistcommand.h"
#include "commands.h"
#include "lintcommand.h"
#include "godwitversion.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace godwit::cli {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct CommandInfo
{
    const char *name;
    const char *summary;
    QStringList allowed;  // options beyond the common ones
    const char *synopsis; // its arguments and options, as typed
};

const QList<CommandInfo> &commands()
{
    static const QList<CommandInfo> list = {
        {"status", QT_TRANSLATE_NOOP("Cli", "each migration's state, the detected format and the folder's problems"), {}, "status"},
        {"plan", QT_TRANSLATE_NOOP("Cli", "the steps that would take the target to --to V (up or down), without running them"),
         {QStringLiteral("to"), QStringLiteral("allow-out-of-order")}, "plan [--to V] [--allow-out-of-order]"},
        {"up", QT_TRANSLATE_NOOP("Cli", "apply pending migrations, up to --to V; on production only a deployment's "
                                        "checked plan, or with --override REASON"),
         {QStringLiteral("to"), QStringLiteral("allow-out-of-order"), QStringLiteral("allow-modified"),
          QStringLiteral("override")}, "up [--to V] [--allow-out-of-order] [--allow-modified] [--override REASON]"},
        {"down", QT_TRANSLATE_NOOP("Cli", "roll back --steps N (default 1) or down to --to V (kept); on production "
                                          "the profile's name typed on a terminal, or --override REASON"),
         {QStringLiteral("to"), QStringLiteral("steps"), QStringLiteral("override")}, "down [--steps N | --to V] [--override REASON]"},
        {"new", QT_TRANSLATE_NOOP("Cli", "create the next migration NAME in the folder's format"), {}, "new NAME"},
        {"repair", QT_TRANSLATE_NOOP("Cli", "show what ran of a failed migration [VERSION]; with --mark-applied, "
                                            "--retry-from N or --run-down, repair it"),
         {QStringLiteral("mark-applied"), QStringLiteral("retry-from"), QStringLiteral("run-down"), QStringLiteral("override")},
         "repair [VERSION] [--mark-applied | --retry-from N | --run-down] [--override REASON]"},
        {"dry-run", QT_TRANSLATE_NOOP("Cli", "run the plan to --to V so that the target is left as it was, and show the "
                                             "schema diff; --reversible also runs the downs and shows what they leave"),
         {QStringLiteral("to"), QStringLiteral("allow-out-of-order"), QStringLiteral("method"),
          QStringLiteral("reversible"), QStringLiteral("diff")}, "dry-run [--to V] [--method auto|copy|transaction|shadow] [--reversible] [--diff unified]"},
        {"snapshot", QT_TRANSLATE_NOOP("Cli", "the target's schema as normalized DDL (--format json: a snapshot file "
                                              "diff can read)"), {}, "snapshot [--format text|json]"},
        {"diff", QT_TRANSLATE_NOOP("Cli", "compare two schemas A B (URLs, profiles or snapshot files); exits 1 when they "
                                          "differ"), {QStringLiteral("diff")}, "diff A B [--diff unified]"},
        {"verify", QT_TRANSLATE_NOOP("Cli", "the applied migrations' checksums against their files, exit 1 naming each "
                                            "modified, missing or unrecognised file; --drift: compare the target with "
                                            "the schema its applied history implies, exit 1 on drift; --audit: check the audit "
                                            "log's hash chain, exit 1 naming the first bad row"),
         {QStringLiteral("drift"), QStringLiteral("diff"), QStringLiteral("audit")},
         "verify [--drift [--diff unified] | --audit]"},
        {"lint", QT_TRANSLATE_NOOP("Cli", "analyse [FILES…] (default: every migration; --pending: the target's pending "
                                          "ones; --reversible: also their downs, on a dry run) for dangerous statements; "
                                          "--format text|json|sarif; exit 3 when a finding reaches --fail-on "
                                          "error|warning"),
         {QStringLiteral("pending"), QStringLiteral("dialect"), QStringLiteral("fail-on"), QStringLiteral("reversible"),
          QStringLiteral("server-version")}, "lint [FILES… | --pending] [--reversible] [--dialect D] [--server-version V] [--format text|json|sarif] [--fail-on error|warning]"},
        {"backup", QT_TRANSLATE_NOOP("Cli", "back the target up (into --output DIR, default .godwit/backups) and print "
                                            "the file, its size and SHA-256 and the command that restores it"),
         {QStringLiteral("output")}, "backup [--output DIR]"},
        {"checklist", QT_TRANSLATE_NOOP("Cli", "a deployment's checklist: start [--to V], show, run [ITEM…], tick ITEM "
                                               "[--note], ack CHANGE…, rollback-note V TEXT, apply [--override REASON], "
                                               "report [markdown|html] [--output FILE], list, close"),
         {QStringLiteral("to"), QStringLiteral("note"), QStringLiteral("by"), QStringLiteral("override"),
          QStringLiteral("output"), QStringLiteral("force"), QStringLiteral("deployment")}, "checklist start|show|run|tick|ack|rollback-note|apply|report|list|close [ARGUMENTS…]"},
    };
    return list;
}

const QStringList &commonOptions()
{
    static const QStringList names = {u"project"_s, u"url"_s,  u"profile"_s,           u"format"_s,
                                      u"demo"_s,    u"lock-timeout"_s, u"statement-timeout"_s, u"schema"_s};
    return names;
}

// "  head   description", the description wrapped at 79 columns under itself.
QString wrapped(const QString &head, const QString &description, int column)
{
    QString text = head.size() + 2 > column ? head + u'\n' + QString(column, u' ') : head.leftJustified(column);
    int width = column;
    for (const QString &word : description.split(u' ', Qt::SkipEmptyParts)) {
        if (width > column && width + 1 + word.size() > 79) {
            text += u'\n' + QString(column, u' ');
            width = column;
        } else if (width > column) {
            text += u' ';
            ++width;
        }
        text += word;
        width += int(word.size());
    }
    return text + u'\n';
}

QString optionLines(const QCommandLineOption &option)
{
    QString head = u"  --"_s + option.names().constFirst();
    if (!option.valueName().isEmpty())
        head += u" <"_s + option.valueName() + u'>';
    return wrapped(head, option.description(), 30);
}

QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    text += u'\n' + Text::tr("Commands:") + u'\n';
    for (const CommandInfo &c : commands())
        text += wrapped(u"  "_s + QString::fromLatin1(c.name), Text::tr(c.summary), 13);
    text += u'\n' + Text::tr("Each command's own options: godwit-cli help COMMAND (or godwit-cli COMMAND --help).") + u'\n';
    text += u'\n' + Text::tr("Environment:") + u'\n'
            + Text::tr("  GODWIT_PASSWORD          the target's password (else PGPASSWORD or MYSQL_PWD, else a prompt)") + u'\n'
            + Text::tr("  GODWIT_STAGING_PASSWORD  the staging profile's password, for a deployment's staging dry run") + u'\n'
            + Text::tr("  GODWIT_USER              who signs checklist items (else the OS user)") + u'\n'
            + Text::tr("  LANG, LC_MESSAGES        the language of the messages (English, German, French)") + u'\n';
    text += u'\n' + Text::tr("Exit codes: 0 ok, 1 operation failed (or status/verify found a problem), 2 usage or input "
                              "error, 3 lint findings, 4 refused on production (checklist, --override or the typed "
                              "name), 130/143/129 stopped by SIGINT/SIGTERM/SIGHUP (the statement cancelled, the "
                              "run ended cleanly).")
            + u'\n';
    return text;
}

// godwit-cli help COMMAND, godwit-cli COMMAND --help: its synopsis, what it does, its options.
QString commandHelp(const CommandInfo &command, const QList<QCommandLineOption> &options)
{
    QString text = Text::tr("Usage: godwit-cli [common options] %1").arg(QString::fromUtf8(command.synopsis)) + u"\n"_s;
    const QString summary = Text::tr(command.summary);
    text += summary.left(1).toUpper() + summary.mid(1) + u".\n"_s;
    if (!command.allowed.isEmpty()) {
        text += u'\n' + Text::tr("Options of %1:").arg(QString::fromLatin1(command.name)) + u'\n';
        for (const QCommandLineOption &o : options) {
            if (command.allowed.contains(o.names().constFirst()))
                text += optionLines(o);
        }
    }
    text += u'\n' + Text::tr("Common options:") + u'\n';
    for (const QCommandLineOption &o : options) {
        if (commonOptions().contains(o.names().constFirst()))
            text += optionLines(o);
    }
    return text;
}

} // namespace

int run(const QStringList &arguments, const std::atomic_bool *cancel)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Godwit's migration engine for scripts and CI."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption project(QStringLiteral("project"), Text::tr("The project folder (default: the current folder)."), Text::tr("DIR"));
    const QCommandLineOption url(QStringLiteral("url"), Text::tr("The target: sqlite:PATH, postgres://…, mysql://…"), Text::tr("URL"));
    const QCommandLineOption profile(QStringLiteral("profile"), Text::tr("A connection profile from godwit.json."), Text::tr("NAME"));
    const QCommandLineOption format(QStringLiteral("format"), Text::tr("Output: text (default) or json."), Text::tr("FORMAT"),
                                    QStringLiteral("text"));
    const QCommandLineOption demo(QStringLiteral("demo"), Text::tr("Use the bundled demo project in the user's data folder."));
    const QCommandLineOption to(QStringLiteral("to"), Text::tr("Target version."), Text::tr("V"));
    const QCommandLineOption steps(QStringLiteral("steps"), Text::tr("Number of migrations to roll back."), Text::tr("N"));
    const QCommandLineOption outOfOrder(QStringLiteral("allow-out-of-order"),
                                        Text::tr("Apply pending migrations older than the newest applied one."));
    const QCommandLineOption lockTimeout(QStringLiteral("lock-timeout"),
                                         Text::tr("PostgreSQL lock_timeout / MySQL lock_wait_timeout for this run (5s, 500ms)."),
                                         Text::tr("DURATION"));
    const QCommandLineOption statementTimeout(QStringLiteral("statement-timeout"),
                                              Text::tr("PostgreSQL statement_timeout for this run."), Text::tr("DURATION"));
    const QCommandLineOption schema(QStringLiteral("schema"), Text::tr("PostgreSQL search_path for this run."), Text::tr("SCHEMA"));
    const QCommandLineOption markApplied(QStringLiteral("mark-applied"), Text::tr("repair: record the migration as applied."));
    const QCommandLineOption retryFrom(QStringLiteral("retry-from"), Text::tr("repair: run again from statement N."), Text::tr("N"));
    const QCommandLineOption runDown(QStringLiteral("run-down"), Text::tr("repair: run the down script."));
    const QCommandLineOption method(QStringLiteral("method"),
                                    Text::tr("dry-run: copy (SQLite file copy, MySQL and PostgreSQL scratch schema), "
                                       "transaction (SQLite, PostgreSQL; on production only when chosen, under a short "
                                       "lock_timeout) or shadow (history replayed on a scratch database). auto: copy, "
                                       "but a transaction on PostgreSQL that is not production."),
                                    Text::tr("METHOD"), QStringLiteral("auto"));
    const QCommandLineOption reversible(QStringLiteral("reversible"),
                                        Text::tr("dry-run: run up, then down, and compare; lint: the same for each pending "
                                           "migration, a finding where a down does not undo its up."));
    const QCommandLineOption diffFormat(QStringLiteral("diff"), Text::tr("Also print the DDL text diff: unified."), Text::tr("STYLE"));
    const QCommandLineOption drift(QStringLiteral("drift"), Text::tr("verify: compare with the schema the history implies."));
    const QCommandLineOption audit(QStringLiteral("audit"),
                                   Text::tr("verify: check the audit log's hash chain; exits 1 naming the first "
                                            "tampered row."));
    parser.addOption(audit);
    const QCommandLineOption note(QStringLiteral("note"), Text::tr("checklist: a note with a tick, acknowledgement or close."),
                                  Text::tr("TEXT"));
    const QCommandLineOption by(QStringLiteral("by"), Text::tr("checklist: who signs (default: GODWIT_USER or the OS user)."),
                                Text::tr("NAME"));
    const QCommandLineOption overrideGate(QStringLiteral("override"),
                                          Text::tr("up, checklist apply: run on production without the required items; "
                                                   "down, repair: on production without a terminal. The reason is "
                                                   "recorded in the audit log (and the deployment)."),
                                          Text::tr("REASON"));
    const QCommandLineOption allowModified(QStringLiteral("allow-modified"),
                                           Text::tr("up: run although applied scripts changed since they ran (recorded "
                                                    "in the audit log)."));
    const QCommandLineOption output(QStringLiteral("output"),
                                    Text::tr("checklist report: the file to write; backup: the folder."), Text::tr("PATH"));
    const QCommandLineOption force(QStringLiteral("force"), Text::tr("checklist report: replace an existing --output file."));
    const QCommandLineOption deployment(QStringLiteral("deployment"),
                                       Text::tr("checklist show/report: a past deployment's id (read-only)."), Text::tr("ID"));
    const QCommandLineOption pending(QStringLiteral("pending"), Text::tr("lint: only the target's pending migrations."));
    const QCommandLineOption dialectOption(QStringLiteral("dialect"), Text::tr("lint: sqlite, postgresql or mysql."), Text::tr("D"));
    const QCommandLineOption failOn(QStringLiteral("fail-on"), Text::tr("lint: exit 3 at findings of this severity or worse."),
                                    Text::tr("error|warning"), QStringLiteral("error"));
    const QCommandLineOption serverVersion(QStringLiteral("server-version"),
                                           Text::tr("lint: the MySQL or MariaDB server the scripts will run on (\"mysql 8.0.35\", "
                                              "\"mariadb 10.11\"), for which ALTERs are instant, in place or copies."),
                                           Text::tr("VERSION"));
    parser.addOptions({pending, dialectOption, failOn, serverVersion, allowModified});
    parser.addOptions({project, url, profile, format, demo, to, steps, outOfOrder, lockTimeout, statementTimeout, schema,
                       markApplied, retryFrom, runDown, method, reversible, diffFormat, drift, note, by, overrideGate,
                       output, force, deployment});
    const QList<QCommandLineOption> allOptions = {project, url, profile, format, demo, to, steps, outOfOrder, lockTimeout,
                                                  statementTimeout, schema, markApplied, retryFrom, runDown, method,
                                                  reversible, diffFormat, drift, note, by, overrideGate, output, force,
                                                  deployment, pending, dialectOption, failOn, serverVersion,
                                                  allowModified, audit};
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Text::tr("status, plan, up, down, new, repair, dry-run, snapshot, diff, verify, lint, backup or checklist"));

    if (!parser.parse(arguments)) {
        err << Text::tr("godwit-cli: %1").arg(parser.errorText()) << u'\n';
        return Exit::Usage;
    }
    const auto commandNamed = [](const QString &name) {
        return std::find_if(commands().cbegin(), commands().cend(),
                            [&](const CommandInfo &c) { return name == QString::fromLatin1(c.name); });
    };
    const QStringList words = parser.positionalArguments();
    // godwit-cli help [COMMAND], godwit-cli COMMAND --help
    if (parser.isSet(QStringLiteral("help")) || words.value(0) == u"help") {
        const QString named = words.value(0) == u"help" ? words.value(1) : words.value(0);
        if (named.isEmpty()) {
            out << helpText(parser);
            return Exit::Ok;
        }
        const auto it = commandNamed(named);
        if (it == commands().cend()) {
            err << Text::tr("godwit-cli: unknown command \"%1\"; see --help").arg(named) << u'\n';
            return Exit::Usage;
        }
        out << commandHelp(*it, allOptions);
        return Exit::Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QStringLiteral("godwit-cli %1\n").arg(QStringLiteral(GODWIT_VERSION));
        return Exit::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << helpText(parser);
        return Exit::Usage;
    }
    const QString command = positional.first();
    auto info = commandNamed(command);
    if (info == commands().cend()) {
        err << Text::tr("godwit-cli: unknown command \"%1\"; see --help").arg(command) << u'\n';
        return Exit::Usage;
    }
    for (const QString &name : parser.optionNames()) {
        if (!commonOptions().contains(name) && !info->allowed.contains(name)) {
            err << Text::tr("godwit-cli: %1 does not take --%2").arg(command, name) << u'\n';
            return Exit::Usage;
        }
    }
    const QString formatValue = parser.value(format);
    if (command == u"lint") {
        const auto severity = severityFromId(parser.value(failOn));
        if (!severity || *severity == Severity::Info) {
            err << Text::tr("godwit-cli: --fail-on must be error or warning") << u'\n';
            return Exit::Usage;
        }
        if (formatValue != u"text" && formatValue != u"json" && formatValue != u"sarif") {
            err << Text::tr("godwit-cli: lint --format must be text, json or sarif") << u'\n';
            return Exit::Usage;
        }
        const GlobalOptions common{parser.value(project), parser.value(url), parser.value(profile), formatValue == u"json",
                                   parser.isSet(demo), parser.value(lockTimeout), parser.value(statementTimeout),
                                   parser.value(schema)};
        if (parser.isSet(reversible) && positional.size() > 1) {
            err << Text::tr("godwit-cli: lint --reversible checks the target's pending migrations, not files") << u'\n';
            return Exit::Usage;
        }
        return lint(common,
                    {positional.mid(1), parser.isSet(pending), parser.isSet(reversible), parser.value(dialectOption),
                     *severity, formatValue, parser.value(serverVersion)},
                    out, err);
    }
    if (formatValue != u"text" && formatValue != u"json") {
        err << Text::tr("godwit-cli: --format must be text or json") << u'\n';
        return Exit::Usage;
    }
    GlobalOptions options{parser.value(project), parser.value(url), parser.value(profile), formatValue == u"json",
                          parser.isSet(demo), parser.value(lockTimeout), parser.value(statementTimeout),
                          parser.value(schema)};
    if (!options.url.isEmpty() && !options.profile.isEmpty()) {
        err << Text::tr("godwit-cli: give --url or --profile, not both") << u'\n';
        return Exit::Usage;
    }
    if (command == u"checklist" || command == u"backup") {
        if (command == u"backup" && positional.size() != 1) {
            err << Text::tr("godwit-cli: backup takes no arguments") << u'\n';
            return Exit::Usage;
        }
        ChecklistCommand checklist(options,
                                   {parser.value(to), parser.value(note), parser.value(by), parser.value(overrideGate),
                                    parser.value(output), parser.value(deployment), parser.isSet(force)},
                                   out, err);
        return command == u"backup" ? checklist.backup(cancel) : checklist.run(positional.mid(1), cancel);
    }
    const bool wantsName = command == u"new";
    const bool mayName = command == u"repair";
    const bool wantsTwo = command == u"diff";
    if (mayName ? positional.size() > 2 : positional.size() != (wantsTwo ? 3 : wantsName ? 2 : 1)) {
        err << (wantsTwo    ? Text::tr("godwit-cli: diff takes two schemas A B (URLs, profiles or snapshot files)")
                : wantsName ? Text::tr("godwit-cli: new takes one NAME")
                            : Text::tr("godwit-cli: %1 takes no arguments").arg(command))
            << u'\n';
        return Exit::Usage;
    }
    if (parser.isSet(diffFormat) && parser.value(diffFormat) != u"unified") {
        err << Text::tr("godwit-cli: --diff takes unified") << u'\n';
        return Exit::Usage;
    }
    const bool unified = parser.isSet(diffFormat);
    const auto dryRunMethod = dryRunMethodFromId(parser.value(method));
    if (!dryRunMethod) {
        err << Text::tr("godwit-cli: --method must be auto, copy, transaction or shadow") << u'\n';
        return Exit::Usage;
    }
    if (command == u"verify" && parser.isSet(audit)) {
        if (parser.isSet(drift) || positional.size() != 1) {
            err << Text::tr("godwit-cli: verify --audit takes no arguments and no other check") << u'\n';
            return Exit::Usage;
        }
        return verifyAudit(options, out, err);
    }
    if (parser.isSet(overrideGate) && parser.value(overrideGate).trimmed().isEmpty()) {
        err << Text::tr("godwit-cli: --override needs a reason") << u'\n';
        return Exit::Usage;
    }

    PlanRequest request;
    request.direction = command == u"down" ? Direction::Down : Direction::Up;
    if (parser.isSet(to))
        request.to = parser.value(to);
    if (parser.isSet(steps)) {
        bool ok = false;
        const int n = parser.value(steps).toInt(&ok);
        if (!ok || n < 1) {
            err << Text::tr("godwit-cli: --steps needs a positive number") << u'\n';
            return Exit::Usage;
        }
        if (request.to) {
            err << Text::tr("godwit-cli: give --to or --steps, not both") << u'\n';
            return Exit::Usage;
        }
        request.steps = n;
    }
    request.allowOutOfOrder = parser.isSet(outOfOrder);
    request.allowModified = parser.isSet(allowModified);

    Report report(out, options.json);
    Commands commandsRunner(options, report, err);
    commandsRunner.setOverride(parser.value(overrideGate));
    if (command == u"status")
        return commandsRunner.status();
    if (command == u"plan")
        return commandsRunner.plan(request);
    if (command == u"new")
        return commandsRunner.create(positional.at(1));
    if (command == u"dry-run")
        return commandsRunner.dryRun(request, *dryRunMethod, parser.isSet(reversible), unified, cancel);
    if (command == u"snapshot")
        return commandsRunner.snapshot();
    if (command == u"diff")
        return commandsRunner.diff(positional.at(1), positional.at(2), unified);
    if (command == u"verify")
        return parser.isSet(drift) ? commandsRunner.verifyDrift(unified, cancel) : commandsRunner.verifyChecksums();
    if (command == u"repair") {
        std::optional<Executor::RepairAction> action;
        int from = 0;
        const int chosen = int(parser.isSet(markApplied)) + int(parser.isSet(retryFrom)) + int(parser.isSet(runDown));
        if (chosen > 1) {
            err << Text::tr("godwit-cli: choose one of --mark-applied, --retry-from and --run-down") << u'\n';
            return Exit::Usage;
        }
        if (parser.isSet(markApplied))
            action = Executor::RepairAction::MarkApplied;
        if (parser.isSet(runDown))
            action = Executor::RepairAction::RunDown;
        if (parser.isSet(retryFrom)) {
            bool ok = false;
            from = parser.value(retryFrom).toInt(&ok);
            if (!ok || from < 1) {
                err << Text::tr("godwit-cli: --retry-from needs a statement number, from 1") << u'\n';
                return Exit::Usage;
            }
            action = Executor::RepairAction::RetryFrom;
        }
        return commandsRunner.repair(positional.value(1), action, from, cancel);
    }
    return commandsRunner.apply(request, cancel);
}

} // namespace godwit::cli
