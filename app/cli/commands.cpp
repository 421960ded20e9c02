#include "commands.h"

#include "cancelwatcher.h"

#include "database/connection.h"
#include "database/executor.h"
#include "migrations/newmigration.h"
#include "database/introspection.h"
#include "sql/sourcetext.h"
#include "workbench/applyrun.h"
#include "workbench/driftcheck.h"
#include "workbench/operations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>
#include <future>

namespace godwit::cli {

namespace {
// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

std::unique_ptr<ApplyRun> Commands::openApplyRun(Loaded &loaded, const std::atomic_bool *cancel, int &exit)
{
    auto run = std::make_unique<ApplyRun>(std::move(loaded.connection), loaded.context.source, loaded.status,
                                          executorOptions(loaded, cancel), loaded.context.project.adopt);
    // Meanwhile a signal stops what runs and ends the wait, not the process.
    const CancelWatcher watcher(cancel, [&run] { run->interrupt(); });
    if (const QString opened = run->open(); !opened.isEmpty()) {
        exit = fail(opened, Exit::Failed);
        return nullptr;
    }
    return run;
}

Commands::Commands(GlobalOptions options, Report &report, QTextStream &err)
    : m_options(std::move(options))
    , m_report(report)
    , m_err(err)
{
}

int Commands::fail(const Message &message, int exit, const QString &code, const QList<SuggestedRemedy> &remedies)
{
    m_report.error(message, m_err, code.isEmpty() ? exitId(exit) : code, remedies);
    return exit;
}

std::optional<Commands::Loaded> Commands::loadWithStatus(int &exit, std::optional<Connection::Mode> openMode)
{
    ContextLoad load = resolveContext(m_options);
    if (!load.context) {
        exit = fail(load.error, load.exit);
        return std::nullopt;
    }
    Loaded loaded{std::move(*load.context), nullptr, false, {}};
    // The folder and the history, read side by side as the window's jobs read them.
    StatusJob read = readStatusJob(loaded.context, false);
    loaded.context.source = std::move(read.source);
    if (!read.error.isEmpty()) {
        exit = fail(read.error, Exit::Failed);
        return std::nullopt;
    }
    loaded.databaseMissing = read.databaseMissing;
    // Nothing is opened for writing (a SQLite file would be created) for a folder that
    // cannot run.
    if (openMode) {
        if (const Message errors = folderErrors(loaded.context.source); !errors.isEmpty()) {
            exit = fail(errors, Exit::Usage, planErrorId(PlanError::FolderErrors));
            return std::nullopt;
        }
        auto open = Connection::open(loaded.context.target, *openMode, loaded.context.connect);
        if (!open.connection && !open.databaseMissing) {
            exit = fail(open.error, Exit::Failed);
            return std::nullopt;
        }
        // A SQLite file that does not exist is left alone by a read-only open: the caller
        // decides (connection stays null).
        loaded.connection = std::move(open.connection);
    }
    loaded.status = std::move(read.status);
    loaded.peers = std::move(read.peers);
    return loaded;
}

int Commands::status()
{
    int exit = Exit::Ok;
    auto loaded = loadWithStatus(exit, std::nullopt);
    if (!loaded)
        return exit;
    const QList<StatusProblem> problems =
        statusProblems(loaded->context.source, loaded->status, loaded->context.target.dialect);
    m_report.status(loaded->context, loaded->status, loaded->databaseMissing, problems, loaded->peers);
    // A folder that cannot run (two files for one version, an unreadable file) is an input
    // error, so that CI stops on it; a migration in trouble fails the check.
    if (loaded->context.source.hasErrors())
        return Exit::Usage;
    const bool unclean = std::any_of(problems.cbegin(), problems.cend(), [](const StatusProblem &p) {
        return p.kind != StatusProblemKind::Unrecognised;
    });
    return unclean ? Exit::Failed : Exit::Ok;
}

int Commands::plan(PlanRequest request)
{
    int exit = Exit::Ok;
    auto loaded = loadWithStatus(exit, std::nullopt);
    if (!loaded)
        return exit;
    chooseDirection(request, loaded->status);
    request.otherToolWritten = loaded->context.project.adopt && loaded->context.project.adopt->interop;
    Plan plan = makePlan(loaded->context.source, loaded->status, request);
    if (!plan.ok())
        return fail(plan.error, loaded->context.source.hasErrors() ? Exit::Usage : Exit::Failed, planErrorId(plan.code),
                    {plan.remedy});
    describeScripts(plan, loadPlanScripts(plan, loaded->context.target.dialect));
    m_report.plan(loaded->context, plan);
    return Exit::Ok;
}

ExecutorOptions Commands::executorOptions(const Loaded &loaded, const std::atomic_bool *cancel)
{
    ExecutorOptions options{loaded.context.project.runLockTimeoutSeconds, cancel, {}};
    options.waiting = [this](const QString &holder) {
        m_err << Text::tr("waiting for the migration lock: %1").arg(holder) << u'\n' << Qt::flush;
    };
    return options;
}

int Commands::apply(const PlanRequest &request, const std::atomic_bool *cancel)
{
    int exit = Exit::Ok;
    auto loaded = loadWithStatus(exit, Connection::Mode::ReadWrite);
    if (!loaded)
        return exit;
    const std::unique_ptr<ApplyRun> opened = openApplyRun(*loaded, cancel, exit);
    if (!opened)
        return exit;
    ApplyRun &run = *opened;
    // up and down mean their direction: a --to on the other side of the current version plans nothing.
    const Plan plan = run.plan(request);
    if (!plan.ok())
        return fail(plan.error, loaded->context.source.hasErrors() ? Exit::Usage : Exit::Failed, planErrorId(plan.code),
                    {plan.remedy});
    // The gate weighs exactly the plan that runs; while a person types, Ctrl-C ends the
    // process (nothing runs yet; the server drops the lock with the connection).
    std::optional<AuditEntry> passage;
    const int steps = int(plan.steps.size());
    if (steps > 0) {
        const bool up = request.direction == Direction::Up;
        exit = passGate(*loaded, up ? GatedAction::Apply : GatedAction::RollBack, planFingerprint(plan),
                        up ? Text::tr("apply %n migration(s)", nullptr, steps) : Text::tr("roll back %n migration(s)", nullptr, steps),
                        &passage);
    }
    if (exit != Exit::Ok)
        return exit;
    std::optional<CancelWatcher> watcher(std::in_place, cancel, [&run] { run.interrupt(); });
    m_report.planHeader(loaded->context, plan);
    QString auditError;
    const ExecutionReport report = run.run(
        plan, runAuditEntries(passage, request, run.status()),
        [this](int index, int total, const PlanStep &step, const StepResult *result) {
            if (result)
                m_report.stepFinished(*result);
            else
                m_report.stepStarted(index, total, step);
        },
        cancel, &auditError);
    watcher.reset();
    if (!auditError.isEmpty())
        return fail(auditError, Exit::Failed);
    // Nothing ran: a script that does not split is the input's fault.
    if (report.code != RunError::None)
        return fail(report.error, report.code == RunError::ScriptCannotRun ? Exit::Usage : Exit::Failed,
                    runErrorId(report.code));
    m_report.execution(loaded->context, plan, report);
    // Steps that stopped before a code migration leave the target behind: never a success.
    return report.ok && plan.stop.isEmpty() ? Exit::Ok : Exit::Failed;
}

int Commands::create(const QString &name)
{
    ContextLoad load = loadContext(m_options, false);
    if (!load.context)
        return fail(load.error, load.exit);
    if (load.context->source.hasErrors())
        return fail(Text::tr("the migrations folder has errors; fix them first (see status)"), Exit::Usage);
    const NewMigration created = createMigration(load.context->source, name, Format::GolangMigrate);
    if (!created.error.isEmpty())
        return fail(created.error, Exit::Failed);
    m_report.created(created.files, created.version);
    return Exit::Ok;
}

int Commands::repair(const QString &version, std::optional<Executor::RepairAction> action, int retryFrom,
                     const std::atomic_bool *cancel)
{
    int exit = Exit::Ok;
    auto loaded = loadWithStatus(exit, Connection::Mode::ReadWrite);
    if (!loaded)
        return exit;
    if (!action) { // what ran of each: read, nothing locked
        const QList<const StatusEntry *> failed = failedMigrations(loaded->status, version);
        if (failed.isEmpty() && !version.isEmpty())
            return refuseRepair(repairTarget(loaded->status, version));
        m_report.failedMigrations(failed, loaded->context.target.dialect);
        return Exit::Ok;
    }
    const std::unique_ptr<ApplyRun> opened = openApplyRun(*loaded, cancel, exit);
    if (!opened)
        return exit;
    ApplyRun &run = *opened;
    // The failed migration as the history says under the lock.
    const RepairTarget chosen = repairTarget(run.status(), version);
    if (!chosen.entry)
        return refuseRepair(chosen);
    const StatusEntry &target = *chosen.entry;
    std::optional<AuditEntry> passage;
    exit = passGate(*loaded, GatedAction::Repair, {}, Text::tr("repair %1 %2").arg(target.version(), target.description()),
                    &passage);
    if (exit != Exit::Ok)
        return exit;
    std::optional<CancelWatcher> watcher(std::in_place, cancel, [&run] { run.interrupt(); });
    QString auditError;
    const StepResult result = run.repair(*target.migration, *action, retryFrom,
                                         passage ? QList<AuditEntry>{*passage} : QList<AuditEntry>{}, cancel, &auditError);
    watcher.reset();
    if (!auditError.isEmpty())
        return fail(auditError, Exit::Failed);
    m_report.stepFinished(result);
    return result.outcome == StepResult::Outcome::Done ? Exit::Ok : Exit::Failed;
}

int Commands::refuseRepair(const RepairTarget &target)
{
    return fail(target.error, target.code == RepairRefusal::FilesGone ? Exit::Failed : Exit::Usage,
                repairRefusalId(target.code));
}

int Commands::dryRun(PlanRequest request, DryRunMethod method, bool reversible, bool unified,
                     const std::atomic_bool *cancel)
{
    ContextLoad load = resolveContext(m_options);
    if (!load.context)
        return fail(load.error, load.exit);
    Context &context = *load.context;
    CancelToken token;
    std::optional<CancelWatcher> watcher(std::in_place, cancel, [&token] { token.cancel(); });
    const DryRunJob job = runDryRunJob(context, std::move(request), method,
                                       reversible, token, [this](int, int, const QString &what) {
                                           if (!m_report.json())
                                               m_err << what << u'\n' << Qt::flush;
                                       });
    watcher.reset();
    if (!job.error.isEmpty())
        return fail(job.error, job.inputError ? Exit::Usage : Exit::Failed,
                    job.source.hasErrors() ? planErrorId(PlanError::FolderErrors) : QString());
    context.source = job.source;
    m_report.dryRun(context, job.report, unified);
    return job.report.ok() ? Exit::Ok : Exit::Failed;
}

int Commands::snapshot()
{
    ContextLoad load = resolveContext(m_options);
    if (!load.context)
        return fail(load.error, load.exit);
    auto open = Connection::open(load.context->target, Connection::Mode::ReadOnly, load.context->connect);
    if (!open.connection)
        return fail(open.error, Exit::Failed);
    const Introspection read = introspect(*open.connection);
    if (!read.snapshot)
        return fail(read.error, Exit::Failed);
    m_report.snapshot(*read.snapshot);
    return Exit::Ok;
}

std::optional<Snapshot> Commands::readOperand(const QString &operand, QString *label, QString *error, int *exit)
{
    *label = operand;
    if (QFileInfo(operand).isFile()) {
        QFile file(operand);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Text::tr("%1: %2").arg(operand, file.errorString());
            *exit = Exit::Usage;
            return std::nullopt;
        }
        const std::optional<QJsonObject> document = SourceText(operand, file.readAll()).jsonObject(error);
        if (!document) {
            *exit = Exit::Usage;
            return std::nullopt;
        }
        QString why;
        auto snapshot = Snapshot::fromJson(*document, &why);
        if (!snapshot) {
            *error = Text::tr("%1: %2").arg(operand, why);
            *exit = Exit::Usage;
        }
        return snapshot;
    }
    GlobalOptions options = m_options;
    const bool url = operand.contains(u"://") || operand.startsWith(u"sqlite:");
    options.url = url ? operand : QString();
    options.profile = url ? QString() : operand;
    ContextLoad load = resolveContext(options);
    if (!load.context) {
        *error = load.error;
        *exit = load.exit;
        return std::nullopt;
    }
    *label = load.context->target.display();
    auto open = Connection::open(load.context->target, Connection::Mode::ReadOnly, load.context->connect);
    if (!open.connection) {
        *error = open.error.text();
        *exit = Exit::Failed;
        return std::nullopt;
    }
    Introspection read = introspect(*open.connection);
    if (!read.snapshot) {
        *error = read.error;
        *exit = Exit::Failed;
    }
    return read.snapshot;
}

int Commands::diff(const QString &from, const QString &to, bool unified)
{
    // Both sides at once, each on a connection of its own thread.
    struct Side
    {
        std::optional<Snapshot> snapshot;
        QString label;
        QString error;
        int exit = Exit::Ok;
    };
    const auto read = [this](const QString &operand) {
        Side side;
        side.snapshot = readOperand(operand, &side.label, &side.error, &side.exit);
        return side;
    };
    auto first = std::async(std::launch::async, read, from);
    Side b = read(to);
    Side a = first.get();
    for (const Side *side : {&a, &b}) {
        if (!side->snapshot)
            return fail(side->error, side->exit);
    }
    if (a.snapshot->dialect != b.snapshot->dialect)
        return fail(Text::tr("%1 is %2 and %3 is %4: only schemas of one engine compare")
                        .arg(a.label, dialectName(a.snapshot->dialect), b.label, dialectName(b.snapshot->dialect)),
                    Exit::Usage);
    const SchemaDiff diff = diffSnapshots(*a.snapshot, *b.snapshot);
    m_report.schemaDiff(a.label, b.label, *a.snapshot, *b.snapshot, diff, unified);
    return diff.isEmpty() ? Exit::Ok : Exit::Failed;
}

int Commands::verifyDrift(bool unified, const std::atomic_bool *cancel)
{
    int exit = Exit::Ok;
    auto loaded = loadWithStatus(exit, Connection::Mode::ReadOnly);
    if (!loaded)
        return exit;
    if (!loaded->connection)
        return fail(Text::tr("%1 does not exist").arg(loaded->context.target.display()), Exit::Failed);
    CancelToken token;
    std::optional<CancelWatcher> watcher(std::in_place, cancel, [&token] { token.cancel(); });
    const DriftCheck check = checkDrift(*loaded->connection, loaded->status, token,
                                        [this](int, int, const QString &what) {
                                            if (!m_report.json())
                                                m_err << what << u'\n' << Qt::flush;
                                        },
                                        loaded->context.project.adopt);
    watcher.reset();
    // A drift check that could not be made says only why: no "no structural change" before it.
    if (!check.error.isEmpty() || check.cancelled)
        return fail(check.cancelled ? Text::tr("cancelled") : check.error, Exit::Failed);
    m_report.drift(loaded->context, check.report, unified, check.modified);
    return check.clean() ? Exit::Ok : Exit::Failed;
}

} // namespace godwit::cli
