#include "checklistcommand.h"

#include "cancelwatcher.h"
#include "commands.h"
#include "password.h"
#include "report.h"

#include "database/backup.h"
#include "deployment/deploymentedits.h"
#include "deployment/deploymentreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace godwit::cli {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Cli)
};

QString stateMark(ItemState state)
{
    switch (state) {
    case ItemState::Open:
        return u"[ ]"_s;
    case ItemState::Done:
        return u"[x]"_s;
    case ItemState::Stale:
        return u"[~]"_s;
    case ItemState::Failed:
        return u"[!]"_s;
    }
    return {};
}

QString profileName(const GlobalOptions &options, const Project &project)
{
    return options.profile.isEmpty() ? project.defaultProfile : options.profile;
}

void printJson(QTextStream &out, const QJsonObject &o)
{
    out << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace

ChecklistCommand::ChecklistCommand(GlobalOptions options, ChecklistOptions checklist, QTextStream &out,
                                   QTextStream &err)
    : m_options(std::move(options))
    , m_checklist(std::move(checklist))
    , m_out(out)
    , m_err(err)
{
    m_session.setSigner(m_checklist.by);
}

int ChecklistCommand::fail(const Message &message, int exit, const QString &code, const QList<SuggestedRemedy> &remedies)
{
    Report(m_out, m_options.json).error(message, m_err, code.isEmpty() ? exitId(exit) : code, remedies);
    return exit;
}

std::optional<ChecklistCommand::Loaded> ChecklistCommand::load(int &exit)
{
    if (!m_options.url.isEmpty()) {
        exit = fail(Text::msg("a deployment belongs to a profile: give --profile, not --url"), Exit::Usage);
        return std::nullopt;
    }
    ContextLoad context = resolveContext(m_options);
    if (!context.context) {
        exit = fail(context.error, context.exit);
        return std::nullopt;
    }
    Loaded loaded{std::move(*context.context), {}, {}};
    const ChecklistTemplateLoad checklist = checklistTemplate(loaded.context.project);
    if (!checklist.checklist) {
        exit = fail(checklist.error, Exit::Usage);
        return std::nullopt;
    }
    loaded.checklist = *checklist.checklist;
    loaded.deployment = deploymentContext(loaded.context,
                                          loaded.checklist, signerName(m_checklist.by));
    if (std::optional<Workspace> &staging = loaded.deployment.staging) {
        staging->connect.password = qEnvironmentVariable("GODWIT_STAGING_PASSWORD");
        if (staging->connect.password.isEmpty())
            staging->connect.password = passwordFor(staging->target, staging->connect);
    }
    return loaded;
}

std::optional<Deployment> ChecklistCommand::current(Loaded &loaded, int &exit)
{
    const QString profile = profileName(m_options, loaded.context.project);
    m_session.open(loaded.context.project.directory, profile);
    if (!m_checklist.deployment.isEmpty()) {
        const DeploymentLoad load = m_session.loadPast(m_checklist.deployment);
        if (!load.deployment)
            exit = fail(load.error, Exit::Usage);
        return load.deployment;
    }
    if (!m_session.current()) {
        exit = fail(Text::msg("no deployment under way on profile %1: start one with godwit-cli checklist start --profile %1 "
                       "[--to V]")
                        .arg(profile),
                    Exit::Usage, gateRefusalId(GateRefusal::NoDeployment));
        return std::nullopt;
    }
    if (!m_session.current()->outcome) {
        QString changed;
        const QString error = m_session.rebind(bindPlan(loaded.deployment.workspace, m_session.current()->to), &changed);
        if (!changed.isEmpty() && !m_options.json)
            m_err << Text::tr("the plan moved on: %1").arg(changed) << u'\n';
        if (!error.isEmpty()) {
            exit = fail(error, Exit::Failed);
            return std::nullopt;
        }
    }
    return m_session.current();
}

int ChecklistCommand::start(Loaded &loaded)
{
    const Project &project = loaded.context.project;
    const QString name = profileName(m_options, project);
    const Profile *profile = project.profile(name);
    if (!profile)
        return fail(Text::msg("checklist start needs --profile NAME"), Exit::Usage);
    m_session.open(project.directory, name);
    QString what;
    const QString error = m_session.start(loaded.checklist, *profile, loaded.context.target.display(),
                                          dialectName(loaded.context.target.dialect), m_checklist.to,
                                          bindPlan(loaded.deployment.workspace, m_checklist.to), &what);
    if (!what.isEmpty() && !m_options.json)
        m_err << what << u'\n';
    if (!error.isEmpty())
        return fail(error, Exit::Failed);
    print(*m_session.current());
    return Exit::Ok;
}

void ChecklistCommand::print(const Deployment &d)
{
    if (m_options.json) {
        printJson(m_out, d.toJson());
        return;
    }
    m_out << Text::tr("Deployment %1: %2 (%3), %4").arg(d.id, d.profile, environmentId(d.environment), d.target) << u'\n';
    m_out << Text::msg("Plan %1 → %2 (%3), %n step(s)", nullptr, int(d.steps.size()))
                 .arg(d.from.isEmpty() ? Text::msg("none") : Message(d.from), d.targetVersion(), d.plan)
                 .text()
          << u'\n';
    for (const DeploymentStep &s : d.steps) {
        const QString rollback = s.direction == u"down" ? QString()
                                 : s.hasDown            ? Text::tr("down script")
                                 : s.rollbackNote.isEmpty() ? Text::tr("NO ROLLBACK")
                                                            : Text::tr("rollback note");
        m_out << u"  %1 %2 %3  %4\n"_s.arg(s.direction, s.version, s.description, rollback);
    }
    for (ChecklistSection section : {ChecklistSection::Before, ChecklistSection::During, ChecklistSection::After}) {
        m_out << u'\n' << sectionId(section) << u'\n';
        for (const ChecklistItem &i : d.items) {
            if (i.def.section != section)
                continue;
            m_out << u"  %1 %2  %3%4\n"_s.arg(stateMark(i.state), i.def.id, i.def.title.text(),
                                              i.def.required ? Text::tr(" (required)") : QString());
            if (i.state == ItemState::Stale)
                m_out << u"        "_s << Text::tr("stale: %1").arg(i.staleReason.text()) << u'\n';
            if (!i.summary.isEmpty())
                m_out << u"        "_s << i.summary.text() << u'\n';
            for (const EvidenceLine &l : evidenceLines(i.evidence))
                m_out << u"        - "_s << Text::tr("%1: %2").arg(l.label, l.text) << u'\n';
            if (i.isSignedOff() || i.state == ItemState::Failed)
                m_out << u"        "_s
                      << (i.isSignedOff() ? Text::tr("signed off by %1 at %2") : Text::tr("checked by %1 at %2")).arg(i.signoff.by, i.signoff.at.toUTC().toString(Qt::ISODate))
                      << (i.signoff.note.isEmpty() ? QString() : u": "_s + i.signoff.note) << u'\n';
        }
    }
    m_out << u'\n';
    if (d.outcome) {
        m_out << (d.outcome->ok ? Text::tr("Applied at %1.").arg(d.outcome->finished.toUTC().toString(Qt::ISODate))
                                : Text::tr("Failed: %1").arg(d.outcome->error))
              << u'\n';
    } else if (d.isClosed()) {
        m_out << Text::tr("Closed without running.") << u'\n';
    } else if (d.isProduction() && !d.applyAllowed()) {
        m_out << Text::tr("Apply is blocked on this production profile until: %1 (or --override REASON)")
                     .arg(d.missingForApply().join(u", "_s))
              << u'\n';
    } else {
        m_out << Text::tr("Apply is allowed: godwit-cli checklist apply --profile %1").arg(d.profile) << u'\n';
    }
}

int ChecklistCommand::run(const QStringList &arguments, const std::atomic_bool *cancel)
{
    const QString sub = arguments.value(0, u"show"_s);
    const QStringList args = arguments.mid(1);
    static const QStringList known = {u"start"_s, u"show"_s, u"run"_s, u"tick"_s, u"ack"_s, u"rollback-note"_s,
                                      u"apply"_s, u"report"_s, u"list"_s, u"close"_s};
    if (!known.contains(sub))
        return fail(Text::msg("checklist %1: unknown; one of %2").arg(sub, known.join(u", "_s)), Exit::Usage);
    int exit = Exit::Ok;
    auto loaded = load(exit);
    if (!loaded)
        return exit;
    if (sub == u"start")
        return start(*loaded);
    if (sub == u"list")
        return list(*loaded);
    auto deployment = current(*loaded, exit);
    if (!deployment)
        return exit;
    const Deployment &d = *deployment;
    const bool readOnlySub = sub == u"show" || sub == u"report";
    if (!readOnlySub && (d.isClosed() || !m_checklist.deployment.isEmpty()))
        return fail(Text::msg("deployment %1 is a past record: it opens read-only").arg(d.id), Exit::Usage);
    if (sub == u"show") {
        print(d);
        return Exit::Ok;
    }
    if (sub == u"report")
        return report(d, args.value(0, u"markdown"_s));
    if (sub == u"run")
        return runItems(*loaded, args, cancel);
    if (sub == u"apply")
        return apply(*loaded, cancel);
    return edit(sub, args);
}

int ChecklistCommand::list(const Loaded &loaded)
{
    QStringList errors;
    const QList<Deployment> list = listDeployments(loaded.context.project.directory, &errors);
    for (const QString &e : std::as_const(errors))
        m_err << e << u'\n';
    if (m_options.json) {
        QJsonArray all;
        for (const Deployment &d : list)
            all.append(d.toJson());
        printJson(m_out, {{u"deployments"_s, all}});
        return Exit::Ok;
    }
    for (const Deployment &d : list) {
        const auto done = std::count_if(d.items.cbegin(), d.items.cend(), [](const ChecklistItem &i) { return i.isDone(); });
        const QString state = d.outcome ? (d.outcome->ok ? Text::tr("applied") : Text::tr("failed"))
                              : d.isClosed() ? Text::tr("closed")
                                             : Text::tr("open");
        m_out << u"%1  %2  %3 → %4  %5  %6/%7 items\n"_s.arg(d.id, d.profile, d.from, d.targetVersion(), state)
                     .arg(done)
                     .arg(d.items.size());
    }
    return Exit::Ok;
}

int ChecklistCommand::report(const Deployment &d, const QString &format)
{
    if (format != u"markdown" && format != u"md" && format != u"html")
        return fail(Text::msg("checklist report takes markdown or html"), Exit::Usage);
    const QString text = deploymentReport(d, format == u"html" ? ReportFormat::Html : ReportFormat::Markdown);
    if (m_checklist.output.isEmpty()) {
        m_out << text;
        return Exit::Ok;
    }
    if (QFile::exists(m_checklist.output) && !m_checklist.force)
        return fail(Text::msg("%1 exists: give --force to replace it").arg(m_checklist.output), Exit::Usage);
    QSaveFile file(m_checklist.output);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return fail(Text::msg("%1: %2").arg(m_checklist.output, file.errorString()), Exit::Failed);
    m_err << Text::tr("wrote %1").arg(m_checklist.output) << u'\n';
    return Exit::Ok;
}

int ChecklistCommand::runItems(const Loaded &loaded, const QStringList &items, const std::atomic_bool *cancel)
{
    CancelToken token;
    std::optional<CancelWatcher> watcher(std::in_place, cancel, [&token] { token.cancel(); });
    const QList<ItemResult> results =
        runChecks(loaded.deployment, *m_session.current(), items, token, [this](int, int, const QString &what) {
            if (!m_options.json)
                m_err << what << u'\n' << Qt::flush;
        });
    watcher.reset();
    if (const QString error = m_session.recordResults(results); !error.isEmpty())
        return fail(error, Exit::Failed);
    print(*m_session.current());
    const bool ok = std::none_of(results.cbegin(), results.cend(),
                                 [](const ItemResult &r) { return r.state == ItemState::Failed; });
    return ok && !token.isCancelled() ? Exit::Ok : Exit::Failed;
}

int ChecklistCommand::apply(const Loaded &loaded, const std::atomic_bool *cancel)
{
    Deployment d = *m_session.current();
    // The override is recorded when Apply runs on it: refused by the gate or at the prompt,
    // the record stays as it was.
    const bool overriding = !d.applyAllowed() && !m_checklist.overrideReason.isEmpty();
    if (overriding) {
        if (const QString error = overrideGate(d, m_session.sign(m_checklist.overrideReason)); !error.isEmpty())
            return fail(error, Exit::Usage);
    }
    if (d.outcome || d.isClosed())
        return fail(Text::msg("deployment %1 has run already").arg(d.id), Exit::Failed);
    // The same gate as up's and the window's, for the deployment's own plan; production
    // when either the record or the target's identity says so.
    GateInput input = gateInputFor(GatedAction::Apply, loaded.context.project, loaded.context.target, d.plan, d);
    input.personPresent = personAtTerminal();
    const GateDecision gate = productionGate(input);
    if (!gate.allowed)
        return fail(Text::msg("Apply is blocked on production profile %1: %2").arg(d.profile, gate.refusal), Exit::Refused,
                    gateRefusalId(gate.code), gate.remedies);
    if (gate.askTypedName && !confirmByTypedName(m_err, Text::tr("apply deployment %1").arg(d.id), d.target, d.profile))
        return fail(Text::msg("not confirmed: nothing was run"), Exit::Refused);
    if (overriding) {
        const QString error = m_session.edit([&](Deployment &record) {
            record.gateOverride = d.gateOverride;
            return QString();
        });
        if (!error.isEmpty())
            return fail(error, Exit::Failed);
    }
    CancelToken token;
    std::optional<CancelWatcher> watcher(std::in_place, cancel, [&token] { token.cancel(); });
    QStringList log;
    const DeploymentOutcome outcome =
        runDeploymentApply(loaded.deployment, d, token, [this](int index, int total, const QString &what) {
            if (!m_options.json)
                m_err << u"[%1/%2] %3\n"_s.arg(index + 1).arg(total).arg(what) << Qt::flush;
        }, &log, gate.production ? std::optional(gateAuditEntry(input, gate, m_session.sign().by)) : std::nullopt);
    watcher.reset();
    if (!m_options.json) {
        for (const QString &line : std::as_const(log))
            m_err << line << u'\n';
    }
    if (const QString error = m_session.recordOutcome(outcome); !error.isEmpty())
        return fail(error, Exit::Failed);
    if (!m_session.current()->outcome)
        return fail(outcome.error, Exit::Failed);
    print(*m_session.current());
    return outcome.ok ? Exit::Ok : Exit::Failed;
}

int ChecklistCommand::edit(const QString &sub, const QStringList &args)
{
    const QString id = m_session.current()->id;
    QString error;
    SuggestedRemedy remedy;
    if (sub == u"tick") {
        if (args.size() != 1)
            return fail(Text::msg("checklist tick takes one ITEM [--note TEXT]"), Exit::Usage);
        error = m_session.tick(args.first(), m_checklist.note);
    } else if (sub == u"ack") {
        if (args.isEmpty())
            return fail(Text::msg("checklist ack takes the destructive changes by name, as listed"), Exit::Usage);
        error = m_session.acknowledge(args, m_checklist.note, &remedy);
    } else if (sub == u"rollback-note") {
        if (args.size() != 2)
            return fail(Text::msg("checklist rollback-note takes VERSION TEXT"), Exit::Usage);
        error = m_session.writeRollbackNote(args.at(0), args.at(1));
    } else {
        error = m_session.close(m_checklist.note);
    }
    if (!error.isEmpty())
        return fail(error, Exit::Usage, {}, {remedy});
    const DeploymentLoad saved = m_session.loadPast(id);
    if (!saved.deployment)
        return fail(saved.error, Exit::Failed);
    print(*saved.deployment);
    return Exit::Ok;
}

int ChecklistCommand::backup(const std::atomic_bool *cancel)
{
    ContextLoad context = resolveContext(m_options);
    if (!context.context)
        return fail(context.error, context.exit);
    const Context &c = *context.context;
    const QString dir = m_checklist.output.isEmpty() ? backupsDirectory(c.project.directory) : m_checklist.output;
    if (!m_options.json)
        m_err << Text::tr("backing up %1 into %2").arg(c.target.display(), dir) << u'\n';
    const CancelWatcher watcher(cancel, [] {}); // takeBackup hears the flag itself
    const Backup b = takeBackup(c.target, c.connect, dir, cancel);
    if (!b.ok())
        return fail(b.error, Exit::Failed);
    if (m_options.json) {
        printJson(m_out, {{u"file"_s, b.file},
                          {u"size"_s, double(b.size)},
                          {u"sha256"_s, b.sha256},
                          {u"durationMs"_s, b.durationMs},
                          {u"tool"_s, b.tool},
                          {u"toolVersion"_s, b.toolVersion},
                          {u"restoreCommand"_s, QJsonArray::fromStringList(b.restoreCommand)},
                          {u"restoreInput"_s, b.restoreInput},
                          {u"restoreCommandLine"_s, b.restoreCommandLine}});
        return Exit::Ok;
    }
    m_out << Text::tr("backup:   %1").arg(b.file) << u'\n'
          << Text::tr("size:     %1 (%2 bytes)").arg(QLocale::c().formattedDataSize(b.size)).arg(b.size) << u'\n'
          << Text::tr("sha256:   %1").arg(b.sha256) << u'\n'
          << Text::tr("took:     %1 ms with %2 (%3)").arg(qRound(b.durationMs)).arg(b.tool, b.toolVersion) << u'\n'
          << Text::tr("restore:  %1").arg(b.restoreCommandLine) << u'\n';
    return Exit::Ok;
}

} // namespace godwit::cli
