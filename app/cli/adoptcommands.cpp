// Adopting another tool's history, and baselining: the commands that tell Godwit what a
// database already has without running anything.
#include "commands.h"

#include "workbench/applyrun.h"
#include "workbench/operations.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <cstdio>

namespace godwit::cli {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Cli)
};

bool personAgrees(QTextStream &err, const QString &question)
{
    err << question << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == u"y" || answer == u"yes";
}

} // namespace

int Commands::adopt(std::optional<PeerTableSpec> spec, bool interop, bool confirmed, const std::atomic_bool *cancel)
{
    int exit = Exit::Ok;
    auto loaded = loadWithStatus(exit, std::nullopt);
    if (!loaded)
        return exit;
    const Project &project = loaded->context.project;
    if (project.adopt)
        return fail(Text::msg("%1 already adopts %2 (%3): edit its \"history\" to change that")
                        .arg(QDir(project.directory).filePath(QStringLiteral("godwit.json")), peerToolId(project.adopt->tool),
                             project.adopt->table),
                    Exit::Usage, QStringLiteral("already-adopted"));
    const QList<PeerTableFound> &found = loaded->peers.found;
    if (!spec) { // the one table found, as status proposed it
        if (found.isEmpty())
            return fail(Text::msg("%1 has no history table of a tool Godwit knows: name the tool (godwit-cli adopt TOOL)")
                            .arg(loaded->context.target.display()),
                        Exit::Usage, QStringLiteral("nothing-to-adopt"));
        if (found.size() > 1) {
            QList<Message> choices;
            for (const PeerTableFound &f : found)
                choices.append(Text::msg("%1: %2").arg(describeFound(f), adoptCommand(f)));
            return fail(Text::msg("%1 has %n history table(s) of other tools; choose one:\n  %2", nullptr, int(found.size()))
                            .arg(loaded->context.target.display(), Message::join(choices, QStringLiteral("\n  "))),
                        Exit::Usage, QStringLiteral("several-to-adopt"));
        }
        spec = found.first().spec;
    }
    spec = withFolderProject(*spec, project.migrationsDir);
    spec->interop = interop;
    const QString directory = project.directory;
    if (interop) {
        loaded.reset(); // the status read; the run opens the target for writing
        if (const int written = recordInTheirs(*spec, confirmed, cancel); written != Exit::Ok)
            return written;
    }
    if (const QString error = saveAdoption(directory, *spec); !error.isEmpty())
        return fail(error, Exit::Failed);
    // The status as it reads now, the adopted table included.
    ContextLoad reload = resolveContext(m_options);
    if (!reload.context)
        return fail(reload.error, reload.exit);
    const StatusJob now = readStatusJob(*reload.context, false);
    if (!now.error.isEmpty())
        return fail(now.error, Exit::Failed);
    reload.context->source = now.source;
    m_report.adopted(*reload.context, now.status, now.peers);
    return Exit::Ok;
}

// In interop the tool's table says what is applied: what Godwit applied before the adoption
// goes there first, as the tool would write it, or it would show as pending (and run again).
int Commands::recordInTheirs(const PeerTableSpec &spec, bool confirmed, const std::atomic_bool *cancel)
{
    int exit = Exit::Ok;
    auto loaded = loadWithStatus(exit, Connection::Mode::ReadWrite);
    if (!loaded)
        return exit;
    loaded->context.project.adopt = spec;
    const std::unique_ptr<ApplyRun> run = openApplyRun(*loaded, cancel, exit);
    if (!run)
        return exit;
    Message error;
    const std::optional<QList<Migration>> missing = run->missingFromTheirs(&error);
    if (!missing)
        return fail(error, Exit::Failed);
    if (missing->isEmpty())
        return Exit::Ok;
    m_report.theirRowsPlan(loaded->context, spec, *missing);
    const int count = int(missing->size());
    std::optional<AuditEntry> passage;
    exit = passGate(*loaded, GatedAction::Repair, {},
                    Text::msg("write %n row(s) into %1", nullptr, count).arg(peerTableTitle(spec)).text(), &passage);
    if (exit != Exit::Ok)
        return exit;
    if (!confirmed) {
        if (!personAtTerminal())
            return fail(Text::msg("interop writes what Godwit applied into %1: pass --yes to confirm the list above, or "
                                  "adopt without --interop")
                            .arg(peerTableTitle(spec)),
                        Exit::Usage, QStringLiteral("not-confirmed"));
        if (!personAgrees(m_err, Text::msg("Write these %n migration(s) into %1? [y/N] ", nullptr, count)
                                     .arg(peerTableTitle(spec))
                                     .text()))
            return fail(Text::tr("not confirmed: nothing was written, nothing adopted"), Exit::Refused);
    }
    QString auditError;
    const QList<StepResult> results =
        run->recordTheirs(*missing, passage ? QList<AuditEntry>{*passage} : QList<AuditEntry>{}, cancel, &auditError);
    if (!auditError.isEmpty())
        return fail(auditError, Exit::Failed);
    // Each row is written in a transaction of its own: say how far it got; adopt again goes on.
    int written = 0;
    for (const StepResult &r : results) {
        if (r.outcome != StepResult::Outcome::Done)
            return fail(Text::msg("%1 %2: %3. %n row(s) written to %4 before it; nothing adopted yet: adopt again to go "
                                  "on", nullptr, written)
                            .arg(r.step.migration.displayVersion(), r.step.migration.description, r.message.text(),
                                 peerTableTitle(spec)),
                        Exit::Failed);
        ++written;
    }
    if (written < count)
        return fail(Text::msg("cancelled: %n row(s) written to %1; nothing adopted yet: adopt again to go on", nullptr,
                              written)
                        .arg(peerTableTitle(spec)),
                    Exit::Failed);
    return Exit::Ok;
}

int Commands::baseline(const QString &to, bool confirmed, const std::atomic_bool *cancel)
{
    int exit = Exit::Ok;
    auto loaded = loadWithStatus(exit, Connection::Mode::ReadWrite);
    if (!loaded)
        return exit;
    const std::unique_ptr<ApplyRun> opened = openApplyRun(*loaded, cancel, exit);
    if (!opened)
        return exit;
    ApplyRun &run = *opened;
    const BaselinePlan baseline = planBaseline(run.status(), to);
    if (!baseline.error.isEmpty())
        return fail(baseline.error, Exit::Usage, QStringLiteral("baseline-refused"));
    m_report.baselinePlan(loaded->context, baseline, to);
    if (baseline.migrations.isEmpty()) {
        m_report.baselineDone({}, 0);
        return Exit::Ok;
    }
    const int count = int(baseline.migrations.size());
    std::optional<AuditEntry> passage;
    exit = passGate(*loaded, GatedAction::Repair, {}, Text::msg("record %n migration(s) as applied", nullptr, count).text(), &passage);
    if (exit != Exit::Ok)
        return exit;
    if (!confirmed) {
        if (!personAtTerminal())
            return fail(Text::msg("a baseline records migrations as applied without running them: pass --yes to confirm "
                                  "the list above"),
                        Exit::Usage, QStringLiteral("not-confirmed"));
        if (!personAgrees(m_err, Text::msg("Record these %n migration(s) as applied without running them? [y/N] ", nullptr, count).text()))
            return fail(Text::tr("not confirmed: nothing was recorded"), Exit::Refused);
    }
    QString auditError;
    const QList<StepResult> results =
        run.baseline(baseline.migrations, passage ? QList<AuditEntry>{*passage} : QList<AuditEntry>{}, cancel, &auditError);
    if (!auditError.isEmpty())
        return fail(auditError, Exit::Failed);
    m_report.baselineDone(results, count);
    const bool all = results.size() == count
                     && std::all_of(results.cbegin(), results.cend(),
                                    [](const StepResult &r) { return r.outcome == StepResult::Outcome::Done; });
    return all ? Exit::Ok : Exit::Failed;
}

} // namespace godwit::cli
