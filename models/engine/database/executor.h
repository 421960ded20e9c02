#pragma once

#include "connection.h"
#include "historystore.h"
#include "i18n/message.h"
#include "plan/plan.h"

#include "migrations/scriptloader.h"
#include "sql/sqlsplitter.h"

#include <QString>

#include <atomic>
#include <functional>

namespace godwit {

class Interrupter;
class PeerWriter;
class RunLock;

struct StepResult
{
    enum class Outcome { Done, Skipped, Failed, Cancelled };

    PlanStep step;
    Outcome outcome = Outcome::Done;
    int statementCount = 0;
    int failedStatement = 0; ///< 1-based index of the statement that failed
    SourceLocation location;  ///< where that statement starts
    qint64 durationMs = 0;
    Message message; ///< the error, or why the step was skipped
    Message note;    ///< how it ran, where that is worth saying (its own BEGIN … COMMIT taken as Godwit's)
};

/*! Why a run could not start. */
enum class RunError {
    None,
    ScriptCannotRun, ///< a script of the plan does not split (an unterminated string…)
    RunLock,         ///< the run lock was not taken
    HistoryTables,   ///< the history tables cannot be created or read
};
/*! Stable ids: "script-cannot-run", "run-lock", "history-tables"; empty for None. */
QString runErrorId(RunError code);

struct ExecutionReport
{
    QString planId; ///< planFingerprint() of the plan run: the id `plan` and the dry run show
    QList<StepResult> steps;
    bool ok = true;
    RunError code = RunError::None;
    Message error; ///< why nothing could start (the history tables cannot be created)
};

struct ExecutorOptions
{
    int lockTimeoutSeconds = 60; ///< how long to wait for another run's lock (servers)
    const std::atomic_bool *cancel = nullptr; ///< also ends the wait for the lock
    /*! Hears who holds the run lock while this run waits for it, every few seconds. */
    std::function<void(const QString &holder)> waiting;
};

/*! Runs a plan. On SQLite and PostgreSQL each migration runs in its own transaction with its
    history row (BEGIN IMMEDIATE on SQLite); inside it the history is read again, so that
    concurrent runs never apply a migration twice, and on the servers a run lock serializes
    runs as well. A failing statement rolls the whole migration back. Where a transaction
    cannot help (MySQL/MariaDB DDL, migrations marked no-transaction, VACUUM) a migration runs
    statement by statement, recorded as started before the first statement and as failed,
    with the statement's index, when one fails. Every step goes to the audit log. */
class Executor
{
public:
    /*! Called before a step (result == nullptr) and after it. */
    using Observer = std::function<void(int index, int total, const PlanStep &step, const StepResult *result)>;

    Executor(Connection &connection, QString migrationsDir, ExecutorOptions options = {});
    ~Executor();

    /*! Takes the run lock now (servers; a no-op on SQLite), so that the caller can read the
        history and plan while no other run can change it. run() takes it if this was not
        called. Empty on success, else who holds it or the server's message. */
    QString lock();
    /*! The history as read when the lock was taken (servers), kept in step with this
        executor's writes; nullopt on SQLite or before lock(). Plan from this. */
    std::optional<QList<HistoryEntry>> lockedHistory() const;

    ExecutionReport run(const Plan &plan, const Observer &observer = {}, const std::atomic_bool *cancel = nullptr);

    /*! Stops the statement running now; safe from any thread. Set the cancel flag first:
        run() then reports the step as cancelled, exactly like a failure (rolled back, or
        failed at its statement where no transaction holds it). SQLite: sqlite3_interrupt;
        PostgreSQL: pg_cancel_backend, MySQL: KILL QUERY, from a second connection. */
    void interrupt();

    enum class RepairAction { MarkApplied, RetryFrom, RunDown };
    /*! Repairs a migration that failed (or was left started): marks it applied, runs it
        again from statement retryFrom (1-based; refused when the statements before it differ
        from those that ran), or runs its down script. A code migration with no row yet can only be
        marked applied (the application ran it). Each goes to the audit log as a repair. */
    StepResult repair(const Migration &migration, RepairAction action, int retryFrom = 0,
                      const std::atomic_bool *cancel = nullptr);

    /*! The adopted tool's table. In interop mode (its spec says so) every step, repair and
        record also writes it, as its tool would, in the same transaction, and that table
        decides whether a step is done already. In adopt mode it is written only to repair a
        failure it alone records (golang-migrate's dirty row, Flyway's success = false). */
    void alsoWrite(std::unique_ptr<PeerWriter> writer);

    /*! Records migration as applied without running it (a baseline, or a code migration the
        application ran): refused when the history has a row for it already. why goes to the
        audit log as the action ("baseline", "mark applied"). */
    StepResult recordApplied(const Migration &migration, const QString &why);
    /*! Writes the adopted tool's row for migration, which Godwit's own history has as applied
        and the tool's table lacks (interop, where that table decides: what Godwit applied
        before is written there first, as the tool would); audited. */
    StepResult recordTheirs(const Migration &migration);

private:
    /*! With the run lock taken, migration's history row (none: it has none), or why not. */
    std::optional<std::optional<HistoryEntry>> rowUnderLock(const Migration &migration, Message *error);
    StepResult insertApplied(StepResult result, const QString &why, const QString &planId);
    StepResult repairTheirs(StepResult result, RepairAction action, const QString &planId);
    StepResult runStep(const PlanStep &step, const QString &planId, const std::atomic_bool *cancel,
                       const LoadedScript &loaded);
    StepResult runTransactional(StepResult result, const QList<Statement> &statements,
                                const QString &checksum, const QString &planId, const std::atomic_bool *cancel);
    /*! Records a migration run statement by statement as started; false with result set
        when it stops there (failed, or skipped: done by another run). */
    bool recordStart(StepResult &result, const QList<Statement> &statements, const QString &checksum, int from,
                     HistoryEntry &entry, std::optional<HistoryEntry> &original);
    StepResult runStatementByStatement(StepResult result, const QList<Statement> &statements,
                                       const QString &checksum, const QString &planId, const std::atomic_bool *cancel,
                                       const QStringList &hints = {}, int from = 0);
    bool exec(const QString &sql, QString *error);
    /*! Whether step is done already: its history row (existing) and, in interop mode, the
        other tool's table, which decides. nullopt (error set) when that table cannot be read. */
    std::optional<bool> alreadyDone(const PlanStep &step, const std::optional<HistoryEntry> &existing,
                                    const QString &checksum, bool startedCounts, Message *error);
    bool interop() const; ///< the adopted tool's table is written with every step
    /*! In interop mode, the other tool's row for a step that ran to its end (or failed, when
        error is set). Empty on success, else why. */
    QString writePeer(const PlanStep &step, qint64 durationMs, const QString &error = {});
    /*! Runs writes (Godwit's row and the other tool's) in one transaction where none is open:
        empty, or why not (nothing written). */
    QString writeTogether(const std::function<QString()> &writes);
    void rollBack();
    void audit(const StepResult &result, const QString &planId);
    HistoryEntry historyFor(const PlanStep &step, const QString &checksum, int statements) const;

    Connection &m_connection;
    QString m_migrationsDir;
    ExecutorOptions m_options;
    GodwitHistoryStore m_own; ///< Godwit's tables: the audit log, and the history the run keeps
    HistoryStore &m_store;    ///< the history the run reads and writes, through the interface
    std::unique_ptr<RunLock> m_lock;
    QString m_auditAction; ///< the audit log's action for what is under way (a repair, a baseline); empty in plain runs
    std::unique_ptr<Interrupter> m_interrupter; ///< made on the connection's thread
    std::unique_ptr<PeerWriter> m_peer;         ///< the other tool's table, written too (interop)
};

} // namespace godwit
