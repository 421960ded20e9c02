#include "executor.h"

#include "drivers/enginedriver.h"

#include "enginelog.h"
#include "historystore.h"
#include "interrupter.h"
#include "peerwriter.h"
#include "runlock.h"
#include "transactions.h"
#include "migrations/checksum.h"
#include "migrations/scriptloader.h"

#include <QScopeGuard>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Executor)
};

QString directionId(Direction d)
{
    return d == Direction::Up ? QStringLiteral("up") : QStringLiteral("down");
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// What a migration run statement by statement leaves when statement index + 1 stops it and
// statements 1 to durable are committed.
Message stayed(int durable, int index)
{
    const Message kept = durable == 1 ? Text::msg("statement 1 ran and stays applied")
                                      : Text::msg("statements 1 to %1 ran and stay applied").arg(durable);
    if (durable == index)
        return kept;
    return Text::msg("%1; statements %2 to %3 were rolled back with the script's own transaction")
        .arg(kept)
        .arg(durable + 1)
        .arg(index);
}

} // namespace

Executor::~Executor() = default;

void Executor::interrupt()
{
    m_interrupter->interrupt();
}

QString Executor::lock()
{
    if (m_lock || !m_connection.driver().hasRunLock())
        return {};
    RunLock::Acquire acquired =
        RunLock::acquire(m_connection, m_options.lockTimeoutSeconds, m_options.cancel, m_options.waiting);
    if (!acquired.lock)
        return Text::tr("%1: %2").arg(m_connection.spec().display(), acquired.error);
    m_lock = std::move(acquired.lock);
    // Under the run lock the history changes only through this run: read it once, not once
    // per migration (a round trip each on a server).
    if (!m_store.cacheReads())
        return Text::tr("%1: cannot read the history: %2").arg(m_connection.spec().display(), m_store.lastError());
    return {};
}

std::optional<QList<HistoryEntry>> Executor::lockedHistory() const
{
    if (!m_store.hasCache())
        return std::nullopt;
    return m_store.cachedEntries();
}

Executor::Executor(Connection &connection, QString migrationsDir, ExecutorOptions options)
    : m_connection(connection)
    , m_migrationsDir(std::move(migrationsDir))
    , m_options(options)
    , m_own(connection)
    , m_store(m_own)
    , m_interrupter(std::make_unique<Interrupter>(connection))
{
}

bool Executor::exec(const QString &sql, QString *error)
{
    QSqlQuery query(m_connection.database());
    if (query.exec(sql))
        return true;
    const QString why = query.lastError().databaseText().isEmpty() ? query.lastError().text()
                                                                    : query.lastError().databaseText();
    if (error)
        *error = why;
    else
        qCWarning(lcEngine, "%s: %s failed: %s", qUtf8Printable(m_connection.spec().display()), qUtf8Printable(sql),
                  qUtf8Printable(why));
    return false;
}

// After a failure. SQLite may have rolled the transaction back by itself (an interrupted
// write): then there is nothing left to roll back, and nothing to log.
void Executor::rollBack()
{
    if (m_connection.dialect() == Dialect::SQLite && !sessionInTransaction(m_connection))
        return;
    exec(QStringLiteral("ROLLBACK"), nullptr);
}

void Executor::alsoWrite(std::unique_ptr<PeerWriter> writer)
{
    m_peer = std::move(writer);
}

bool Executor::interop() const
{
    return m_peer && m_peer->spec().interop;
}

std::optional<bool> Executor::alreadyDone(const PlanStep &step, const std::optional<HistoryEntry> &existing,
                                          const QString &checksum, bool startedCounts, Message *error)
{
    const bool up = step.direction == Direction::Up;
    const bool same = existing && existing->checksum == checksum;
    // A row of Godwit's that is not applied, in a plain run: another run's, under way or failed
    // (SQLite has no run lock); a repair takes such a row over on purpose.
    const bool anotherRun = same && startedCounts && m_auditAction.isEmpty() && existing->status != HistoryEntry::Status::Applied;
    // A repeatable runs again when its script changed, which only Godwit's checksum says.
    if (interop() && m_peer->keeps(step.migration) && step.migration.kind != MigrationKind::Repeatable) {
        const std::optional<bool> theirs = m_peer->applied(step.migration);
        if (!theirs) {
            *error = Text::msg("cannot read the history: %1").arg(m_peer->lastError());
            return std::nullopt;
        }
        // A down is done when neither table has the migration (a failed row of Godwit's is
        // what a repair's run-down is for).
        return up ? (*theirs || anotherRun) : (!*theirs && !existing);
    }
    if (!up)
        return !existing;
    return same && (existing->status == HistoryEntry::Status::Applied || (startedCounts && m_auditAction.isEmpty()));
}

QString Executor::writeTogether(const std::function<QString()> &writes)
{
    const bool own = !sessionInTransaction(m_connection);
    QString error;
    if (own && !exec(m_connection.driver().beginTransaction(), &error))
        return error;
    if (QString why = writes(); !why.isEmpty()) {
        if (own)
            rollBack();
        m_store.forgetCache();
        return why;
    }
    if (own && !exec(QStringLiteral("COMMIT"), &error)) {
        m_store.forgetCache();
        return error;
    }
    return {};
}

QString Executor::writePeer(const PlanStep &step, qint64 durationMs, const QString &error)
{
    if (!interop())
        return {};
    const bool written = error.isEmpty() ? m_peer->done(step.migration, step.direction, durationMs)
                                         : m_peer->failed(step.migration, error, durationMs);
    return written ? QString() : m_peer->lastError();
}

HistoryEntry Executor::historyFor(const PlanStep &step, const QString &checksum, int statements) const
{
    const Migration &m = step.migration;
    HistoryEntry e;
    e.kind = m.kind;
    e.key = m.key();
    e.version = m.kind != MigrationKind::Repeatable ? m.version.text() : QString();
    e.description = m.description;
    e.script = QDir(m_migrationsDir).relativeFilePath(m.file());
    e.checksum = checksum;
    e.appliedAt = QDateTime::currentDateTimeUtc();
    e.statementCount = statements;
    return e;
}

void Executor::audit(const StepResult &result, const QString &planId)
{
    static const char *outcomes[] = {"ok", "skipped", "failed", "cancelled"};
    AuditEntry entry;
    entry.action = m_auditAction.isEmpty() ? directionId(result.step.direction) : m_auditAction;
    entry.version = result.step.migration.displayVersion();
    entry.description = result.step.migration.description;
    entry.planId = planId;
    entry.outcome = QString::fromLatin1(outcomes[int(result.outcome)]);
    entry.detail = result.message.english();
    if (!m_own.appendAudit(entry)) {
        qCWarning(lcEngine, "%s: the audit row of %s %s was not written: %s",
                  qUtf8Printable(m_connection.spec().display()), qUtf8Printable(entry.action),
                  qUtf8Printable(entry.version), qUtf8Printable(m_own.lastError()));
    }
}

QString runErrorId(RunError code)
{
    switch (code) {
    case RunError::None:
        return {};
    case RunError::ScriptCannotRun:
        return QStringLiteral("script-cannot-run");
    case RunError::RunLock:
        return QStringLiteral("run-lock");
    case RunError::HistoryTables:
        return QStringLiteral("history-tables");
    }
    return {};
}

ExecutionReport Executor::run(const Plan &plan, const Observer &observer, const std::atomic_bool *cancel)
{
    ExecutionReport report;
    report.planId = planFingerprint(plan);
    if (plan.steps.isEmpty())
        return report;
    // Every script of the plan is read, split and checksummed before anything runs: a later
    // script that cannot run must not leave the earlier ones applied.
    const PlanScripts scripts = loadPlanScripts(plan, m_connection.dialect());
    if (!scripts.error.isEmpty()) {
        report.ok = false;
        report.code = RunError::ScriptCannotRun;
        report.error = scripts.error;
        return report;
    }
    if (const QString error = lock(); !error.isEmpty()) {
        report.ok = false;
        report.code = RunError::RunLock;
        report.error = error;
        return report;
    }
    // The history tables are created in a transaction of their own, so that a failing first
    // migration, rolled back, cannot take them (and the audit of its failure) with it.
    if (!m_store.ensureSchema() || (interop() && !m_peer->ensureTable())) {
        report.ok = false;
        report.code = RunError::HistoryTables;
        report.error = Text::msg("%1: cannot create the history tables: %2")
                           .arg(m_connection.spec().display(), QString(m_store.lastError() + (m_peer ? m_peer->lastError() : QString())));
        return report;
    }
    for (const PlanStep &step : plan.steps) {
        if (const QString why = interop() ? m_peer->cannotRecord(step.migration) : QString(); !why.isEmpty()) {
            report.ok = false;
            report.code = RunError::HistoryTables;
            report.error = Text::msg("%1: nothing ran: %2").arg(m_connection.spec().display(), why);
            return report;
        }
    }
    // A rollback in an earlier run of this executor may have dropped the copy lock() read.
    if (m_lock && !m_store.hasCache() && !m_store.cacheReads()) {
        report.ok = false;
        report.code = RunError::HistoryTables;
        report.error = Text::msg("%1: cannot read the history: %2").arg(m_connection.spec().display(), m_store.lastError());
        return report;
    }
    const int total = int(plan.steps.size());
    for (int i = 0; i < total; ++i) {
        const PlanStep &step = plan.steps.at(i);
        if (observer)
            observer(i, total, step, nullptr);
        StepResult result;
        if (cancelled(cancel)) {
            result.step = step;
            result.outcome = StepResult::Outcome::Cancelled;
            result.message = Text::msg("cancelled before it started");
        } else {
            result = runStep(step, report.planId, cancel, scripts.loaded.at(i));
        }
        if (observer)
            observer(i, total, step, &result);
        report.steps.append(result);
        if (result.outcome == StepResult::Outcome::Failed || result.outcome == StepResult::Outcome::Cancelled) {
            report.ok = false;
            break;
        }
    }
    return report;
}

StepResult Executor::runStep(const PlanStep &step, const QString &planId, const std::atomic_bool *cancel,
                             const LoadedScript &loaded)
{
    StepResult result;
    result.step = step;
    const Script &script = step.direction == Direction::Up ? *step.migration.up : *step.migration.down;
    if (!loaded.split.ok()) {
        result.outcome = StepResult::Outcome::Failed;
        result.location = loaded.split.error->location;
        result.message = loaded.split.error->toString();
        audit(result, planId);
        return result;
    }
    result.statementCount = int(loaded.split.statements.size());
    // The history keeps the checksum of the up script, also when a down runs.
    const QString checksum = step.direction == Direction::Up ? loaded.checksum : step.migration.checksum();
    // What a transaction cannot hold (MySQL's DDL, which commits implicitly, CONCURRENTLY …)
    // is recorded as started and run statement by statement.
    QStringList hints;
    if (script.noTransaction || !noTransactionReason(m_connection, loaded.split.statements, hints).isEmpty())
        return runStatementByStatement(result, loaded.split.statements, checksum, planId, cancel, hints);
    if (loaded.selfWrapped)
        result.note = Text::msg("its own BEGIN … COMMIT was taken as the migration's transaction: the statements and "
                                "the history row were committed together");
    return runTransactional(result, loaded.split.statements, checksum, planId, cancel);
}

StepResult Executor::runTransactional(StepResult result, const QList<Statement> &statements,
                                      const QString &checksum, const QString &planId,
                                      const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto fail = [&](const Message &message) {
        rollBack();
        m_store.forgetCache(); // the rollback may have undone a history write
        result.outcome = StepResult::Outcome::Failed;
        result.message = message;
        result.durationMs = timer.elapsed();
        audit(result, planId);
        return result;
    };

    // On SQLite, BEGIN IMMEDIATE takes the write lock now (waiting up to busy_timeout), so
    // what we read next cannot change under us; on the servers the run lock does that.
    if (!exec(m_connection.driver().beginTransaction(), &error)) {
        result.outcome = StepResult::Outcome::Failed;
        result.message = Text::msg("cannot take the write lock: %1").arg(error);
        return result;
    }
    if (!m_store.ensureSchema())
        return fail(Text::msg("cannot create the history tables: %1").arg(m_store.lastError()));
    const Migration &m = result.step.migration;
    const auto existing = m_store.read(m.kind, m.key());
    if (!existing)
        return fail(Text::msg("cannot read the history: %1").arg(m_store.lastError()));
    const bool up = result.step.direction == Direction::Up;
    Message why;
    const std::optional<bool> done = alreadyDone(result.step, *existing, checksum, false, &why);
    if (!done)
        return fail(why);
    if (*done) {
        rollBack();
        result.outcome = StepResult::Outcome::Skipped;
        result.message = up ? Text::msg("already applied (by another run)") : Text::msg("already rolled back (by another run)");
        return result;
    }

    for (int i = 0; i < statements.size(); ++i) {
        if (cancelled(cancel)) {
            rollBack();
            result.outcome = StepResult::Outcome::Cancelled;
            result.message = Text::msg("cancelled before statement %1 of %2; rolled back").arg(i + 1).arg(statements.size());
            audit(result, planId);
            return result;
        }
        if (!exec(statements.at(i).sql, &error)) {
            result.failedStatement = i + 1;
            result.location = statements.at(i).location;
            if (cancelled(cancel)) {
                rollBack();
                result.outcome = StepResult::Outcome::Cancelled;
                result.message = Text::msg("cancelled while statement %1 of %2 at %3 ran (%4); rolled back")
                                     .arg(i + 1)
                                     .arg(statements.size())
                                     .arg(result.location.toString(), error);
                audit(result, planId);
                return result;
            }
            return fail(Text::msg("statement %1 of %2 at %3 failed: %4; the migration was rolled back")
                            .arg(i + 1)
                            .arg(statements.size())
                            .arg(result.location.toString(), error));
        }
    }

    result.durationMs = timer.elapsed();
    if (const QString theirs = writePeer(result.step, result.durationMs); !theirs.isEmpty())
        return fail(Text::msg("cannot write the history: %1").arg(theirs));
    bool written;
    if (up) {
        HistoryEntry entry = historyFor(result.step, checksum, int(statements.size()));
        entry.durationMs = result.durationMs;
        written = existing->has_value() ? m_store.replace(entry) : m_store.insert(entry);
    } else {
        written = m_store.remove(m.kind, m.key());
    }
    if (!written)
        return fail(Text::msg("cannot write the history: %1").arg(m_store.lastError()));
    audit(result, planId);
    if (!exec(QStringLiteral("COMMIT"), &error))
        return fail(Text::msg("commit failed: %1").arg(error));
    return result;
}

bool Executor::recordStart(StepResult &result, const QList<Statement> &statements, const QString &checksum, int from,
                           HistoryEntry &entry, std::optional<HistoryEntry> &original)
{
    const Migration &m = result.step.migration;
    const bool up = result.step.direction == Direction::Up;
    QString error;
    // Record the start first, in its own transaction: if we die halfway, the history says so.
    // On the servers the run lock already keeps other runs out, and one statement writes the
    // row, so MySQL is spared two round trips per migration.
    // In interop the other tool's row goes with it (golang-migrate's dirty row).
    const bool ownTransaction = m_connection.dialect() == Dialect::SQLite || !m_lock || interop();
    auto stop = [&](StepResult::Outcome outcome, const Message &message) {
        if (ownTransaction)
            rollBack();
        m_store.forgetCache();
        result.outcome = outcome;
        result.message = message;
        return false;
    };
    if (ownTransaction && !exec(m_connection.driver().beginTransaction(), &error)) {
        result.outcome = StepResult::Outcome::Failed;
        result.message = Text::msg("cannot take the write lock: %1").arg(error);
        return false;
    }
    const auto existing = m_store.ensureSchema() ? m_store.read(m.kind, m.key()) : std::nullopt;
    if (!existing)
        return stop(StepResult::Outcome::Failed, Text::msg("cannot read the history: %1").arg(m_store.lastError()));
    // A started row belongs to a run in progress (SQLite has no run lock); a repair takes over
    // a failed or started row on purpose.
    Message why;
    const std::optional<bool> done = alreadyDone(result.step, *existing, checksum, true, &why);
    if (!done)
        return stop(StepResult::Outcome::Failed, why);
    if (*done)
        return stop(StepResult::Outcome::Skipped,
                    up ? Text::msg("already applied (by another run)") : Text::msg("already rolled back (by another run)"));
    original = *existing;
    // A down of a migration only the other tool's table records (interop) has no row yet.
    entry = up || !existing->has_value() ? historyFor(result.step, checksum, int(statements.size())) : **existing;
    if (up) {
        for (const Statement &s : statements)
            entry.statementChecksums.append(statementChecksum(s.sql));
    }
    entry.status = HistoryEntry::Status::Started;
    entry.failedStatement = from + 1; // under way: the first statement to run
    entry.error.clear();
    const bool started = existing->has_value() ? m_store.update(entry) : m_store.insert(entry);
    if (started && interop() && !m_peer->begin(m, result.step.direction))
        error = m_peer->lastError();
    if (!started || !error.isEmpty() || (ownTransaction && !exec(QStringLiteral("COMMIT"), &error)))
        return stop(StepResult::Outcome::Failed, Text::msg("cannot write the history: %1").arg(QString(m_store.lastError() + error)));
    return true;
}

StepResult Executor::runStatementByStatement(StepResult result, const QList<Statement> &statements,
                                             const QString &checksum, const QString &planId,
                                             const std::atomic_bool *cancel, const QStringList &hints, int from)
{
    QElapsedTimer timer;
    timer.start();
    const Migration &m = result.step.migration;
    const bool up = result.step.direction == Direction::Up;
    QString error;
    HistoryEntry entry;
    std::optional<HistoryEntry> existing; ///< the row before this run
    if (!recordStart(result, statements, checksum, from, entry, existing))
        return result;

    // Statements 1 to durable stay whatever happens next: those the script's own open
    // transaction holds do not, a failure rolls them back with it.
    int durable = from;
    int ran = from;
    // The history keeps what happened to the statement; the message adds what that means.
    auto stop = [&](StepResult::Outcome outcome, int index, const Message &detail) {
        if (sessionInTransaction(m_connection))
            rollBack();
        result.outcome = outcome;
        result.failedStatement = index + 1;
        result.durationMs = timer.elapsed();
        const Message what = outcome == StepResult::Outcome::Cancelled
                                 ? Text::msg("%1 (statement %2 of %3)").arg(detail).arg(index + 1).arg(statements.size())
                                 : Text::msg("statement %1 of %2 failed at %3").arg(index + 1).arg(statements.size()).arg(detail);
        if (durable == 0 && ran > 0) {
            // Nothing stays (a whole-script BEGIN … COMMIT): the history is as before the run.
            const bool restored = (existing ? m_store.update(*existing) : m_store.remove(m.kind, m.key()))
                                  && (!interop() || m_peer->restore());
            result.message = restored ? Text::msg("%1; the migration was rolled back").arg(what)
                                      : Text::msg("%1; the migration was rolled back, but its history row could not be "
                                                 "restored: %2").arg(what, m_store.lastError());
            audit(result, planId);
            return result;
        }
        result.message = Text::msg("%1; this migration runs without a transaction: %2")
                             .arg(what, durable == 0 ? Text::msg("none of its statements ran") : stayed(durable, index));
        entry.status = HistoryEntry::Status::Failed;
        entry.failedStatement = index + 1;
        entry.error = detail.english();
        entry.durationMs = result.durationMs;
        const QString theirs = up ? writePeer(result.step, result.durationMs, entry.error) : QString();
        if (!m_store.update(entry) || !theirs.isEmpty()) {
            result.message = Text::msg("%1; its history row could not be marked failed (it still says started): %2")
                                 .arg(result.message, QString(m_store.lastError() + theirs));
        }
        audit(result, planId);
        return result;
    };
    for (int i = from; i < statements.size(); ++i) {
        if (cancelled(cancel))
            return stop(StepResult::Outcome::Cancelled, i, Text::msg("cancelled before it started"));
        // Committed before the statement runs: if the process is killed now, the history
        // still says which statement was under way.
        if (i > from && !sessionInTransaction(m_connection) && !m_store.setProgress(m.kind, m.key(), i + 1))
            return stop(StepResult::Outcome::Failed, i, Text::msg("cannot record the progress: %1").arg(m_store.lastError()));
        if (!exec(statements.at(i).sql, &error)) {
            result.location = statements.at(i).location;
            if (cancelled(cancel))
                return stop(StepResult::Outcome::Cancelled, i,
                            Text::msg("cancelled while it ran at %1: %2").arg(result.location.toString(), error));
            QString detail = result.location.toString() + u": " + error;
            if (i < hints.size() && !hints.at(i).isEmpty())
                detail += u"; " + hints.at(i);
            return stop(StepResult::Outcome::Failed, i, detail);
        }
        ran = i + 1;
        if (!sessionInTransaction(m_connection))
            durable = ran;
    }
    if (sessionInTransaction(m_connection)) {
        result.location = statements.at(durable).location;
        return stop(StepResult::Outcome::Failed, durable,
                    Text::msg("%1: the script ends inside the transaction this statement began, which was rolled back")
                        .arg(result.location.toString()));
    }

    result.durationMs = timer.elapsed();
    entry.status = HistoryEntry::Status::Applied;
    entry.durationMs = result.durationMs;
    // In interop both rows in one transaction: no kill leaves the other tool saying applied
    // while Godwit says started. Otherwise one statement, without the round trips of a transaction.
    const auto writes = [&] {
        if (QString theirs = writePeer(result.step, result.durationMs); !theirs.isEmpty())
            return theirs;
        return (up ? m_store.update(entry) : m_store.remove(m.kind, m.key())) ? QString() : m_store.lastError();
    };
    const QString unwritten = interop() ? writeTogether(writes) : writes();
    if (!unwritten.isEmpty()) {
        result.outcome = StepResult::Outcome::Failed;
        result.message = Text::msg("all statements ran, but the history could not be written: %1").arg(unwritten);
        return result;
    }
    audit(result, planId);
    return result;
}

} // namespace godwit
