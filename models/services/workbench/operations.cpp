#include "operations.h"

#include "applyrun.h"

#include "database/targetidentity.h"
#include "lintrun.h"
#include "migrations/alembic.h"
#include "migrations/graphformats.h"
#include "migrations/scriptloader.h"
#include "migrations/sqitchplan.h"
#include "database/introspection.h"

#include <QCoreApplication>
#include <QScopeGuard>

#include <future>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Operations)
};


// Opens the target for a job; a SQLite file that does not exist is not created by a
// job that only reads.
std::unique_ptr<Connection> openTarget(const Workspace &w, Connection::Mode mode, Message *error)
{
    auto open = Connection::open(w.target, mode, w.connect);
    if (!open.connection)
        *error = open.error;
    return std::move(open.connection);
}

// What every job that runs migrations starts from: the folder and the history, and no
// folder errors (two files for one version…), which stop any run.
bool readForRun(const Workspace &workspace, StatusJob &status, Message &error, bool &inputError)
{
    status = readStatusJob(workspace, false);
    error = status.error;
    if (error.isEmpty())
        error = folderErrors(status.source);
    inputError = status.error.isEmpty() && !error.isEmpty();
    return error.isEmpty();
}

} // namespace

MigrationSource readProjectFolder(const Project &project, std::optional<Dialect> dialect)
{
    DiscoveryOptions discovery;
    discovery.format = project.format;
    discovery.namingPattern = project.namingPattern;
    discovery.orderByName = project.orderByName;
    discovery.dialect = dialect;
    return discoverMigrations(project.migrationsDir, discovery);
}

void CancelToken::cancel()
{
    m_flag.store(true);
    std::lock_guard lock(m_mutex);
    if (m_interrupt)
        m_interrupt();
}

void CancelToken::setInterrupt(std::function<void()> interrupt)
{
    std::lock_guard lock(m_mutex);
    m_interrupt = std::move(interrupt);
}

void chooseDirection(PlanRequest &request, const QList<StatusEntry> &status)
{
    if (request.direction != Direction::Up || !request.to)
        return;
    const auto to = targetVersion(status, *request.to);
    for (const StatusEntry &e : status) {
        if (to && e.kind() != MigrationKind::Repeatable && e.state == MigrationState::Applied && *to < e.sortVersion()) {
            request.direction = Direction::Down;
            return;
        }
    }
}

HistoryWants historyWants(const Project &project)
{
    HistoryWants wants;
    wants.alembic = alembicVersionsFolder(project.migrationsDir).has_value();
    wants.adopt = project.adopt;
    wants.findPeers = !wants.alembic && !wants.adopt;
    if (wants.findPeers) {
        if (const std::optional<SqitchProject> sqitch = readSqitchProject(project.migrationsDir, SqitchRead::Header))
            wants.sqitchProject = sqitch->project;
    }
    return wants;
}

StatusJob readStatusJob(const Workspace &workspace, bool forWindow)
{
    StatusJob job;
    auto history = std::async(std::launch::async, readHistory, workspace.target, workspace.connect,
                              historyWants(workspace.project));
    job.source = readProjectFolder(workspace.project, workspace.target.dialect);
    const HistoryRead read = history.get();
    if (!read.error.isEmpty()) {
        job.error = read.error;
        job.needsPassword = read.needsPassword;
        return job;
    }
    job.databaseMissing = read.databaseMissing;
    job.status = computeStatus(job.source, historyOfFolder(job.source, read.entries, read.alembicHeads, read.adopted));
    job.peers = peerTablesSeen(read.adopted, read.found, job.source);
    std::unique_ptr<Connection> connection;
    if (forWindow && !job.databaseMissing) {
        Message error;
        connection = openTarget(workspace, Connection::Mode::ReadOnly, &error);
    }
    if (forWindow) { // the editors, the tree and the Problems dock show the findings
        LintRun lint = lintWithSettings(workspace, job.source.migrations, connection.get());
        job.lintError = lint.error;
        job.findings = std::move(lint.findings);
        job.lintConfig = lint.config;
        for (const SqlError &e : std::as_const(lint.unsplittable))
            job.findings << unsplittableFinding(e);
    }
    if (connection) {
        Introspection schema = introspect(*connection);
        job.snapshot = std::move(schema.snapshot);
    }
    return job;
}

StatusJob readFolderJob(const Project &project)
{
    StatusJob job;
    job.source = readProjectFolder(project, std::nullopt);
    job.status = computeStatus(job.source, {});
    return job;
}

DryRunJob runDryRunJob(const Workspace &workspace, PlanRequest request, DryRunMethod method, bool reversible,
                       CancelToken &cancel, const JobProgress &progress)
{
    DryRunJob job;
    const TargetEnvironment environment = targetEnvironment(workspace.project, workspace.target);
    if (!environment.error.isEmpty()) {
        job.error = environment.error;
        job.inputError = true;
        return job;
    }
    StatusJob status;
    const bool ready = readForRun(workspace, status, job.error, job.inputError);
    job.source = status.source;
    if (!ready)
        return job;
    chooseDirection(request, status.status);
    // A rehearsal changes nothing: it may run past edited applied scripts (the plan warns).
    request.allowModified = true;
    request.otherToolWritten = workspace.project.adopt && workspace.project.adopt->interop;
    job.plan = makePlan(status.source, status.status, request);
    if (!job.plan.ok()) {
        job.error = job.plan.error;
        return job;
    }
    Message error;
    std::unique_ptr<Connection> connection;
    if (status.databaseMissing) {
        if (method == DryRunMethod::Transaction) {
            job.error = Text::msg("%1 does not exist yet: there is no transaction to run in").arg(workspace.target.display());
            return job;
        }
        ConnectionSpec memory = workspace.target;
        memory.path = u":memory:"_s;
        connection = Connection::open(memory, Connection::Mode::ReadWrite, workspace.connect).connection;
        method = DryRunMethod::Shadow;
    } else {
        const auto mode = method == DryRunMethod::Transaction ? Connection::Mode::ReadWrite : Connection::Mode::ReadOnly;
        connection = openTarget(workspace, mode, &error);
    }
    if (!connection) {
        job.error = error;
        return job;
    }
    DryRunRequest dry{job.plan, {}, method, reversible, !status.databaseMissing, environment.production()};
    if (method == DryRunMethod::Shadow) {
        QString missing;
        dry.applied = appliedMigrations(status.status, &missing);
        if (!missing.isEmpty()) {
            job.error = missing;
            return job;
        }
    }
    DryRun dryRun(*connection);
    cancel.setInterrupt([&dryRun] { dryRun.interrupt(); });
    const auto clear = qScopeGuard([&cancel] { cancel.setInterrupt({}); });
    int done = 0;
    const int total = int(job.plan.steps.size()) * (reversible ? 2 : 1) + 2;
    job.report = dryRun.run(dry, cancel.flag(), [&](const QString &what) {
        if (progress)
            progress(std::min(done++, total), total, what);
    });
    return job;
}

ApplyJob runApplyJob(const Workspace &workspace, PlanRequest request, CancelToken &cancel, const JobProgress &progress,
                     const QString &expectedPlan, const std::optional<AuditEntry> &passage)
{
    ApplyJob job;
    StatusJob status;
    if (!readForRun(workspace, status, job.error, job.inputError))
        return job;
    Message error;
    auto connection = openTarget(workspace, Connection::Mode::ReadWrite, &error);
    if (!connection) {
        job.error = error;
        return job;
    }
    ExecutorOptions options{workspace.project.runLockTimeoutSeconds, cancel.flag(), {}};
    options.waiting = [&progress](const QString &holder) {
        if (progress)
            progress(0, 0, Text::tr("waiting for the migration lock: %1").arg(holder));
    };
    ApplyRun run(std::move(connection), status.source, status.status, options, workspace.project.adopt);
    cancel.setInterrupt([&run] { run.interrupt(); });
    const auto clear = qScopeGuard([&cancel] { cancel.setInterrupt({}); });
    if (const QString error = run.open(); !error.isEmpty()) {
        job.error = error;
        return job;
    }
    // The window and the checklist name a version to go to: one older than the newest
    // applied is reached by rolling back.
    chooseDirection(request, run.status());
    job.plan = run.plan(request);
    if (!job.plan.ok()) {
        job.error = job.plan.error;
        return job;
    }
    if (!expectedPlan.isEmpty() && planFingerprint(job.plan) != expectedPlan) {
        job.error = Text::msg("the plan is not the one reviewed (plan %1, reviewed %2): the folder or the target changed; "
                              "nothing was run")
                        .arg(planFingerprint(job.plan), expectedPlan);
        return job;
    }
    // The production gate's passage is written before the first step, under the lock.
    QString auditError;
    job.report = run.run(
        job.plan, passage ? QList<AuditEntry>{*passage} : QList<AuditEntry>{},
        [&](int index, int total, const PlanStep &step, const StepResult *result) {
            if (progress && !result)
                progress(index, total,
                         (step.direction == Direction::Up ? Text::tr("up %1 %2") : Text::tr("down %1 %2"))
                             .arg(step.migration.displayVersion(), step.migration.description));
        },
        cancel.flag(), &auditError);
    job.error = auditError;
    if (!job.error.isEmpty())
        return job;
    for (const StepResult &step : std::as_const(job.report.steps)) {
        const bool up = step.step.direction == Direction::Up;
        job.log << Text::tr("%1 %2 %3: %4 (%5 ms)")
                       .arg(up ? Text::tr("up") : Text::tr("down"), step.step.migration.displayVersion(),
                            step.step.migration.description, step.message.isEmpty() ? Text::tr("done") : step.message.text())
                       .arg(step.durationMs);
        if (!step.note.isEmpty())
            job.log << u"    "_s + step.note.text();
        const std::optional<Script> &script = up ? step.step.migration.up : step.step.migration.down;
        if (!script)
            continue;
        const LoadedScript loaded = loadScript(*script, workspace.target.dialect);
        for (const Statement &s : loaded.split.statements)
            job.log << u"    %1  %2"_s.arg(s.location.toString(), s.sql.section(u'\n', 0, 0).simplified());
    }
    return job;
}

BaselineJob runBaselineJob(const Workspace &workspace, const QString &to, const QStringList &expected,
                           CancelToken &cancel, const std::optional<AuditEntry> &passage)
{
    BaselineJob job;
    StatusJob status;
    bool inputError = false;
    if (!readForRun(workspace, status, job.error, inputError))
        return job;
    auto connection = openTarget(workspace, Connection::Mode::ReadWrite, &job.error);
    if (!connection)
        return job;
    ExecutorOptions options{workspace.project.runLockTimeoutSeconds, cancel.flag(), {}};
    ApplyRun run(std::move(connection), status.source, status.status, options, workspace.project.adopt);
    cancel.setInterrupt([&run] { run.interrupt(); });
    const auto clear = qScopeGuard([&cancel] { cancel.setInterrupt({}); });
    if (const QString error = run.open(); !error.isEmpty()) {
        job.error = error;
        return job;
    }
    const BaselinePlan baseline = planBaseline(run.status(), to);
    QStringList keys;
    for (const Migration &m : baseline.migrations)
        keys << m.key();
    if (baseline.error.isEmpty() && keys != expected)
        job.error = Text::msg("the history changed since the list was confirmed: nothing was recorded; look again");
    if (!baseline.error.isEmpty() || !job.error.isEmpty()) {
        if (job.error.isEmpty())
            job.error = baseline.error;
        return job;
    }
    job.planned = int(keys.size());
    QString auditError;
    job.results = run.baseline(baseline.migrations, passage ? QList<AuditEntry>{*passage} : QList<AuditEntry>{},
                               cancel.flag(), &auditError);
    if (!auditError.isEmpty())
        job.error = auditError;
    return job;
}

} // namespace godwit
