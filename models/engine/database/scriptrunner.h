#pragma once

#include "connection.h"
#include "locktrace.h"
#include "plan/plan.h"

#include "schema/schemadiff.h"
#include "sql/containment.h"
#include "sql/sqlsplitter.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace godwit {

class Interrupter;

/*! What one statement did in a dry run or a replay. */
struct StatementRun
{
    enum class Outcome { Ran, Rewritten, Skipped, Failed, Cancelled, NotRehearsable };
    int index = 0; ///< 1-based in its script
    SourceLocation location;
    QString sql;
    Outcome outcome = Outcome::Ran;
    qint64 rowsAffected = -1; ///< -1 where the server tells none
    double durationMs = 0;
    QStringList messages; ///< PostgreSQL notices, MySQL warnings
    QString note;         ///< why it was rewritten or skipped
    QString error;
    std::optional<NotRehearsable> escape; ///< why it was not run (NotRehearsable)
    QList<HeldLock> locks;    ///< held once it ran (Options::traceLocks), those it took marked
    QList<Rewrite> rewrites;  ///< tables it rewrote (Options::traceLocks)
    QString algorithm;        ///< the ALTER algorithm the server accepted (WatchedStatement)

    QJsonObject toJson() const;
};

QString statementOutcomeId(StatementRun::Outcome outcome);

/*! One migration's script, as run by a ScriptRunner. */
struct StepRun
{
    PlanStep step;
    QString script; ///< the file
    bool ok = true;
    bool cancelled = false;
    bool transaction = false; ///< it ran in a transaction (or savepoint) of its own
    QString error;            ///< where and why it stopped
    QList<StatementRun> statements;
    double durationMs = 0;

    QJsonObject toJson() const;
};

/*! The statements of runs that a dry run did not run, in order. */
QList<NotRehearsable> notRehearsable(const QList<StepRun> &runs);

/*! Runs migration scripts statement by statement on a connection that is not the live
    target's history (a copy, a scratch database, or a transaction that is rolled back):
    nothing goes to the history. Reports, per statement, rows affected, duration and the
    server's messages. Like a real run, a migration that a transaction can hold runs in one
    (a savepoint when the caller's transaction holds everything), and a failure stops the
    run. */
class ScriptRunner
{
public:
    struct Options
    {
        /*! The caller holds a transaction it will roll back: transaction control and what a
            transaction cannot hold are skipped or rewritten, each step runs under a savepoint. */
        bool insideTransaction = false;
        /*! A dry run: statements whose effect would land outside the scratch (or outside
            the transaction) are not run, each reported NotRehearsable; the run goes on. */
        Containment *containment = nullptr;
        /*! Read, after each statement, the locks the session holds and the tables it
            rewrote, where the engine shows them (LockTrace). */
        bool traceLocks = false;
    };
    using Progress = std::function<void(int done, int total, const PlanStep &step)>;

    ScriptRunner(Connection &connection, Options options);
    ~ScriptRunner();

    StepRun run(const PlanStep &step, const std::atomic_bool *cancel);
    /*! Runs the steps in order until one fails or is cancelled; ok says whether all ran. */
    QList<StepRun> runAll(const QList<PlanStep> &steps, const std::atomic_bool *cancel, const Progress &progress,
                          bool *ok);
    /*! From now on, the caller holds (or no longer holds) a transaction it will roll back
        (see Options::insideTransaction). */
    void setInsideTransaction(bool inside) { m_options.insideTransaction = inside; }
    /*! The renames the statements that ran made, in order (for the structural diff). */
    const QList<RenameHint> &renames() const { return m_renames; }

    /*! Stops the statement running now; safe from any thread. */
    void interrupt();

private:
    bool exec(const QString &sql, QString *error = nullptr);
    StatementRun runStatement(const Statement &statement, int index, const std::atomic_bool *cancel);
    void collectWarnings(StatementRun &run);

    Connection &m_connection;
    Options m_options;
    std::unique_ptr<Interrupter> m_interrupter;
    std::unique_ptr<LockTrace> m_trace;
    QList<RenameHint> m_renames;
    QStringList m_notices; ///< filled by libpq's notice receiver while a statement runs
    void *m_previousReceiver = nullptr; ///< libpq's receiver, given back when the runner goes
};

} // namespace godwit
