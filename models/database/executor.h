#pragma once

#include "connection.h"
#include "historystore.h"
#include "plan.h"

#include "sql/sqlsplitter.h"

#include <QString>

#include <atomic>
#include <functional>

namespace godwit {

struct StepResult
{
    enum class Outcome { Done, Skipped, Failed, Cancelled };

    PlanStep step;
    Outcome outcome = Outcome::Done;
    int statementCount = 0;
    int failedStatement = 0; ///< 1-based index of the statement that failed
    SourceLocation location;  ///< where that statement starts
    qint64 durationMs = 0;
    QString message; ///< the error, or why the step was skipped
};

struct ExecutionReport
{
    QString planId;
    QList<StepResult> steps;
    bool ok = true;
    QString error; ///< why nothing could start (the history tables cannot be created)
};

/*! Runs a plan on SQLite. Each migration runs in its own BEGIN IMMEDIATE transaction with
    its history row; inside it the history is read again, so that concurrent runs never apply
    a migration twice. A failing statement rolls the whole migration back. Migrations marked
    no-transaction run statement by statement, recorded as started before the first and as
    failed (with the statement's index) when one fails. Every step goes to the audit log. */
class Executor
{
public:
    /*! Called before a step (result == nullptr) and after it. */
    using Observer = std::function<void(int index, int total, const PlanStep &step, const StepResult *result)>;

    Executor(Connection &connection, QString migrationsDir);

    ExecutionReport run(const Plan &plan, const Observer &observer = {}, const std::atomic_bool *cancel = nullptr);

private:
    StepResult runStep(const PlanStep &step, const QString &planId, const std::atomic_bool *cancel);
    StepResult runTransactional(StepResult result, const QList<Statement> &statements,
                                const QString &checksum, const QString &planId, const std::atomic_bool *cancel);
    StepResult runStatementByStatement(StepResult result, const QList<Statement> &statements,
                                       const QString &checksum, const QString &planId, const std::atomic_bool *cancel);
    bool exec(const QString &sql, QString *error);
    void audit(const StepResult &result, const QString &planId);
    HistoryEntry historyFor(const PlanStep &step, const QString &checksum, int statements) const;

    Connection &m_connection;
    QString m_migrationsDir;
    HistoryStore m_store;
};

} // namespace godwit
