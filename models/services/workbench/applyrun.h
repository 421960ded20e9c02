#pragma once

#include "database/executor.h"
#include "database/historystore.h"
#include "migrations/discovery.h"
#include "plan/plan.h"

#include <functional>
#include <memory>

namespace godwit {

/*! One apply, roll back or repair of a target, for both faces: the window's and the
    checklist's runApplyJob() and godwit-cli's up, down and repair. In two halves, so that a person can be asked
    in between (the production gate's typed name) while nothing has run: open() takes the
    run lock and reads the history under it; run() writes the audit rows that go before the
    first step (the gate's passage) and runs the plan. Register interrupt() with the caller's
    cancel before open(): a statement blocked while the lock is taken can then be stopped. */
class ApplyRun
{
public:
    /*! connection: the target, open for writing; source: its folder, without errors; status:
        as read before (SQLite plans from it; the servers read it again under the lock). */
    ApplyRun(std::unique_ptr<Connection> connection, MigrationSource source, QList<StatusEntry> status,
             const ExecutorOptions &options, std::optional<PeerTableSpec> adopt = {});
    ~ApplyRun();

    /*! Takes the run lock (servers) and reads the history under it. Empty, or who holds the
        lock, the server's message, or that options.cancel was set meanwhile. */
    QString open();

    /*! The history the plan is made from: read under the run lock on the servers. */
    const QList<StatusEntry> &status() const { return m_status; }
    Plan plan(const PlanRequest &request) const;
    /*! Writes auditRows in order, then runs plan. When a row cannot be written nothing runs
        and error says why. */
    ExecutionReport run(const Plan &plan, const QList<AuditEntry> &auditRows, const Executor::Observer &observer,
                        const std::atomic_bool *cancel, QString *error);
    /*! Writes auditRows in order, then records each of migrations as applied without running
        it (a baseline: Executor::recordApplied), in order, up to the first that cannot be. */
    QList<StepResult> baseline(const QList<Migration> &migrations, const QList<AuditEntry> &auditRows,
                               const std::atomic_bool *cancel, QString *error);
    /*! Interop: the migrations Godwit's own history has as applied that the adopted tool's
        table lacks, in the folder's order; read under the run lock. nullopt with error set
        when a history cannot be read. */
    std::optional<QList<Migration>> missingFromTheirs(Message *error) const;
    /*! Writes auditRows in order, then the adopted tool's row of each of migrations
        (Executor::recordTheirs), in order, up to the first that cannot be. */
    QList<StepResult> recordTheirs(const QList<Migration> &migrations, const QList<AuditEntry> &auditRows,
                                   const std::atomic_bool *cancel, QString *error);
    /*! Writes auditRows in order, then repairs migration, a failed one (Executor::repair).
        When a row cannot be written nothing runs and error says why. */
    StepResult repair(const Migration &migration, Executor::RepairAction action, int retryFrom,
                      const QList<AuditEntry> &auditRows, const std::atomic_bool *cancel, QString *error);
    /*! Stops the statement running now; safe from any thread (see Executor::interrupt). */
    void interrupt();

private:
    QString writeAuditRows(const QList<AuditEntry> &rows);
    /*! Writes auditRows, then records each of migrations with record, up to the first that
        is not done. */
    QList<StepResult> recordEach(const QList<Migration> &migrations, const QList<AuditEntry> &auditRows,
                                 const std::atomic_bool *cancel, QString *error,
                                 const std::function<StepResult(const Migration &)> &record);

    std::unique_ptr<Connection> m_connection;
    MigrationSource m_source;
    QList<StatusEntry> m_status;
    std::unique_ptr<Executor> m_executor;
    const std::atomic_bool *m_cancel = nullptr;
    std::optional<PeerTableSpec> m_adopt; ///< the adopted tool's table, read again under the lock
};

/*! Appends an audit row on the target, creating Godwit's tables when they are not there.
    Empty on success, else why. */
QString appendAuditRow(Connection &connection, const AuditEntry &entry);

} // namespace godwit
