#include "commands.h"

#include "database/connection.h"
#include "database/executor.h"
#include "migrations/newmigration.h"

#include <QCoreApplication>

#include <future>
#include <thread>

namespace godwit::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}
} // namespace

struct Commands::Loaded
{
    Context context;
    std::unique_ptr<Connection> connection;
    bool databaseMissing = false;
    QList<StatusEntry> status;
};

Commands::Commands(GlobalOptions options, Report &report, QTextStream &err)
    : m_options(std::move(options))
    , m_report(report)
    , m_err(err)
{
}

int Commands::fail(const QString &message, int exit)
{
    m_report.error(message, m_err);
    return exit;
}

std::optional<Commands::Loaded> Commands::loadWithStatus(int &exit, bool forWriting)
{
    ContextLoad load = resolveContext(m_options);
    if (!load.context) {
        exit = fail(load.error, load.exit);
        return std::nullopt;
    }
    Loaded loaded{std::move(*load.context), nullptr, false, {}};
    // The history comes on a connection of its own while the folder is read.
    auto history = std::async(std::launch::async, readHistory, loaded.context.target, loaded.context.connect);
    readFolder(loaded.context);
    HistoryRead read = history.get();
    if (!read.error.isEmpty()) {
        exit = fail(read.error, Exit::Failed);
        return std::nullopt;
    }
    loaded.databaseMissing = read.databaseMissing;
    // Nothing is opened for writing (a SQLite file would be created) for a folder that
    // cannot run.
    if (forWriting) {
        if (const QString errors = folderErrors(loaded.context.source); !errors.isEmpty()) {
            exit = fail(errors, Exit::Usage);
            return std::nullopt;
        }
        auto open = Connection::open(loaded.context.target, Connection::Mode::ReadWrite, loaded.context.connect);
        if (!open.connection) {
            exit = fail(open.error, Exit::Failed);
            return std::nullopt;
        }
        loaded.connection = std::move(open.connection);
    }
    loaded.status = computeStatus(loaded.context.source, read.entries);
    return loaded;
}

int Commands::status()
{
    int exit = Exit::Ok;
    auto loaded = loadWithStatus(exit, false);
    if (!loaded)
        return exit;
    m_report.status(loaded->context, loaded->status, loaded->databaseMissing);
    // A folder that cannot run (two files for one version, an unreadable file) is an input
    // error, so that CI stops on it.
    return loaded->context.source.hasErrors() ? Exit::Usage : Exit::Ok;
}

int Commands::plan(PlanRequest request)
{
    int exit = Exit::Ok;
    auto loaded = loadWithStatus(exit, false);
    if (!loaded)
        return exit;
    if (request.direction == Direction::Up && request.to) {
        const auto to = Version::parse(*request.to);
        for (const StatusEntry &e : std::as_const(loaded->status)) {
            if (to && e.kind() == MigrationKind::Versioned && e.state == MigrationState::Applied
                && *to < *Version::parse(e.key())) {
                request.direction = Direction::Down;
                break;
            }
        }
    }
    const Plan plan = makePlan(loaded->context.source, loaded->status, request);
    if (!plan.ok())
        return fail(plan.error, loaded->context.source.hasErrors() ? Exit::Usage : Exit::Failed);
    m_report.plan(loaded->context, plan);
    return Exit::Ok;
}

int Commands::apply(const PlanRequest &request, const std::atomic_bool *cancel)
{
    int exit = Exit::Ok;
    auto loaded = loadWithStatus(exit, true);
    if (!loaded)
        return exit;
    Executor executor(*loaded->connection, loaded->context.source.folder,
                      {loaded->context.project.runLockTimeoutSeconds});
    if (loaded->connection->dialect() != Dialect::SQLite) {
        // Plan from the history as it is once no other run can change it: a run in progress
        // shows its migration as started until it is done.
        if (const QString error = executor.lock(); !error.isEmpty())
            return fail(error, Exit::Failed);
        loaded->status = computeStatus(loaded->context.source, *executor.lockedHistory());
    }
    const Plan plan = makePlan(loaded->context.source, loaded->status, request);
    if (!plan.ok())
        return fail(plan.error, loaded->context.source.hasErrors() ? Exit::Usage : Exit::Failed);
    m_report.planHeader(loaded->context, plan);
    // Ctrl-C sets the flag; this watcher then stops the statement that is running, so a
    // cancelled run does not wait for a long statement to end on its own.
    std::atomic_bool finished{false};
    std::thread watcher([&] {
        while (!finished.load()) {
            if (cancel && cancel->load()) {
                executor.interrupt();
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    });
    const ExecutionReport report = executor.run(
        plan,
        [this](int index, int total, const PlanStep &step, const StepResult *result) {
            if (result)
                m_report.stepFinished(*result);
            else
                m_report.stepStarted(index, total, step);
        },
        cancel);
    finished.store(true);
    watcher.join();
    m_report.execution(loaded->context, plan, report);
    return report.ok ? Exit::Ok : Exit::Failed;
}

int Commands::create(const QString &name)
{
    ContextLoad load = loadContext(m_options, false);
    if (!load.context)
        return fail(load.error, load.exit);
    if (load.context->source.hasErrors())
        return fail(tr("the migrations folder has errors; fix them first (see status)"), Exit::Usage);
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
    auto loaded = loadWithStatus(exit, true);
    if (!loaded)
        return exit;
    QList<const StatusEntry *> failed;
    for (const StatusEntry &e : std::as_const(loaded->status)) {
        if (e.state == MigrationState::Failed && (version.isEmpty() || Version::parse(version) == Version::parse(e.key())))
            failed.append(&e);
    }
    if (failed.isEmpty())
        return fail(version.isEmpty() ? tr("no migration has failed: there is nothing to repair")
                                      : tr("%1 has not failed: there is nothing to repair").arg(version),
                    version.isEmpty() ? Exit::Ok : Exit::Usage);
    if (!action) {
        for (const StatusEntry *e : std::as_const(failed))
            m_report.failedMigration(*e, loaded->context.target.dialect);
        return Exit::Ok;
    }
    if (failed.size() > 1)
        return fail(tr("%1 migrations have failed: name the one to repair").arg(failed.size()), Exit::Usage);
    const StatusEntry &target = *failed.first();
    if (!target.migration)
        return fail(tr("%1: its files are gone; restore them first").arg(target.version()), Exit::Failed);
    Executor executor(*loaded->connection, loaded->context.source.folder,
                      {loaded->context.project.runLockTimeoutSeconds});
    const StepResult result = executor.repair(*target.migration, *action, retryFrom, cancel);
    m_report.stepFinished(result);
    return result.outcome == StepResult::Outcome::Done ? Exit::Ok : Exit::Failed;
}

} // namespace godwit::cli
