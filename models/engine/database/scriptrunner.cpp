#include "scriptrunner.h"

#include "interrupter.h"
#include "drivers/enginedriver.h"
#include "transactions.h"
#include "migrations/scriptloader.h"

#include <algorithm>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScriptRunner)
};

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// QPSQL's handle carries the struct's own name; PGconn is its typedef.
PGconn *pgConnection(Connection &connection)
{
    return static_cast<PGconn *>(connection.nativeHandle("pg_conn*"));
}

// SQLite's sqlite3_changes() keeps the count of the last INSERT, UPDATE or DELETE through
// DDL; the difference of the running total is exact for any statement.
qint64 sqliteTotalChanges(void *handle)
{
    return handle ? sqlite3_total_changes64(static_cast<sqlite3 *>(handle)) : -1;
}

void receiveNotice(void *arg, const PGresult *result)
{
    const char *severity = PQresultErrorField(result, PG_DIAG_SEVERITY);
    const char *message = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
    static_cast<QStringList *>(arg)->append(QString::fromUtf8(severity ? severity : "NOTICE") + u": "
                                            + QString::fromUtf8(message ? message : ""));
}

QString errorText(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

} // namespace

QString statementOutcomeId(StatementRun::Outcome outcome)
{
    switch (outcome) {
    case StatementRun::Outcome::Ran: return u"ran"_s;
    case StatementRun::Outcome::Rewritten: return u"rewritten"_s;
    case StatementRun::Outcome::Skipped: return u"skipped"_s;
    case StatementRun::Outcome::Failed: return u"failed"_s;
    case StatementRun::Outcome::Cancelled: return u"cancelled"_s;
    case StatementRun::Outcome::NotRehearsable: return u"not-rehearsable"_s;
    }
    return {};
}

QJsonObject StatementRun::toJson() const
{
    QJsonObject o{{u"index"_s, index},
                  {u"file"_s, location.file},
                  {u"line"_s, location.line},
                  {u"column"_s, location.column},
                  {u"outcome"_s, statementOutcomeId(outcome)},
                  {u"durationMs"_s, durationMs},
                  {u"sql"_s, sql}};
    if (rowsAffected >= 0)
        o.insert(u"rowsAffected"_s, rowsAffected);
    if (!messages.isEmpty())
        o.insert(u"messages"_s, QJsonArray::fromStringList(messages));
    if (!note.isEmpty())
        o.insert(u"note"_s, note);
    if (!error.isEmpty())
        o.insert(u"error"_s, error);
    if (escape)
        o.insert(u"notRehearsable"_s, escape->toJson());
    if (!algorithm.isEmpty())
        o.insert(u"algorithm"_s, algorithm);
    if (!rewrites.isEmpty()) {
        QJsonArray rewritten;
        for (const Rewrite &r : rewrites)
            rewritten.append(r.toJson());
        o.insert(u"rewrites"_s, rewritten);
    }
    return o;
}

QList<NotRehearsable> notRehearsable(const QList<StepRun> &runs)
{
    QList<NotRehearsable> found;
    for (const StepRun &step : runs) {
        for (const StatementRun &s : step.statements) {
            if (s.escape)
                found << *s.escape;
        }
    }
    return found;
}

QJsonObject StepRun::toJson() const
{
    QJsonArray list;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        QJsonObject statement = statements.at(i).toJson();
        if (!statements.at(i).locks.isEmpty()) {
            // How long a real run would hold what this statement took: to the COMMIT.
            QJsonArray locks;
            for (const HeldLock &l : statements.at(i).locks) {
                QJsonObject lock = l.toJson();
                if (l.acquired) {
                    lock.insert(u"heldUntil"_s, l.statementOnly ? u"statement"_s : u"commit"_s);
                    lock.insert(u"heldMs"_s, lockHoldMs(*this, i, l));
                }
                locks.append(lock);
            }
            statement.insert(u"locks"_s, locks);
        }
        list.append(statement);
    }
    QJsonObject o{{u"version"_s, step.migration.displayVersion()},
                  {u"description"_s, step.migration.description},
                  {u"direction"_s, step.direction == Direction::Up ? u"up"_s : u"down"_s},
                  {u"script"_s, script},
                  {u"ok"_s, ok},
                  {u"transaction"_s, transaction},
                  {u"durationMs"_s, durationMs},
                  {u"statements"_s, list}};
    if (cancelled)
        o.insert(u"cancelled"_s, true);
    if (!error.isEmpty())
        o.insert(u"error"_s, error);
    return o;
}

ScriptRunner::ScriptRunner(Connection &connection, Options options)
    : m_connection(connection)
    , m_options(options)
    , m_interrupter(std::make_unique<Interrupter>(connection))
    , m_trace(options.traceLocks ? std::make_unique<LockTrace>(connection) : nullptr)
{
    if (PGconn *pg = pgConnection(connection)) {
        PQnoticeReceiver previous = PQsetNoticeReceiver(pg, receiveNotice, &m_notices);
        m_previousReceiver = reinterpret_cast<void *>(previous);
    }
}

ScriptRunner::~ScriptRunner()
{
    if (PGconn *pg = pgConnection(m_connection); pg && m_previousReceiver)
        // libpq's default receiver reads its argument from the result, not from arg.
        PQsetNoticeReceiver(pg, reinterpret_cast<PQnoticeReceiver>(m_previousReceiver), nullptr);
}

void ScriptRunner::interrupt()
{
    m_interrupter->interrupt();
}

bool ScriptRunner::exec(const QString &sql, QString *error)
{
    QSqlQuery q(m_connection.database());
    if (q.exec(sql))
        return true;
    if (error)
        *error = errorText(q);
    return false;
}

void ScriptRunner::collectWarnings(StatementRun &run)
{
    if (m_connection.dialect() == Dialect::PostgreSQL) {
        run.messages << m_notices;
        m_notices.clear();
        return;
    }
    if (m_connection.dialect() != Dialect::MySQL)
        return;
    QSqlQuery q(m_connection.database());
    if (q.exec(u"SHOW WARNINGS"_s)) {
        while (q.next())
            run.messages << u"%1 %2: %3"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
}

StatementRun ScriptRunner::runStatement(const Statement &statement, int index, const std::atomic_bool *cancel)
{
    StatementRun run;
    run.index = index;
    run.location = statement.location;
    run.sql = statement.sql;
    QString sql = statement.sql;
    if (m_options.containment) {
        run.escape = m_options.containment->check(statement);
        if (run.escape) {
            run.outcome = StatementRun::Outcome::NotRehearsable;
            run.note = run.escape->toString();
            return run;
        }
    }
    if (m_options.insideTransaction) {
        const InTransaction form = inTransactionForm(m_connection, statement.sql);
        run.note = form.note;
        if (form.kind == InTransaction::Kind::Skipped) {
            run.outcome = StatementRun::Outcome::Skipped;
            return run;
        }
        if (form.kind == InTransaction::Kind::Rewritten) {
            run.outcome = StatementRun::Outcome::Rewritten;
            sql = form.sql;
        }
    }
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    m_notices.clear();
    void *sqlite = m_connection.dialect() == Dialect::SQLite ? m_connection.nativeHandle("sqlite3*") : nullptr;
    const qint64 changesBefore = sqliteTotalChanges(sqlite);
    if (m_trace) {
        m_trace->beforeStatement(sql);
        if (cancelled(cancel)) { // the interrupt may have landed on the trace's query
            run.outcome = StatementRun::Outcome::Cancelled;
            run.error = Text::tr("cancelled");
            return run;
        }
    }
    QElapsedTimer timer;
    timer.start();
    const bool ok = m_trace ? m_trace->exec(q, sql, run) : q.exec(sql);
    if (!m_trace)
        run.durationMs = double(timer.nsecsElapsed()) / 1e6;
    if (!ok) {
        run.error = errorText(q);
        run.outcome = cancelled(cancel) ? StatementRun::Outcome::Cancelled : StatementRun::Outcome::Failed;
        collectWarnings(run);
        return run;
    }
    if (sqlite)
        run.rowsAffected = sqliteTotalChanges(sqlite) - changesBefore;
    else if (!q.isSelect())
        run.rowsAffected = q.numRowsAffected();
    collectWarnings(run);
    if (m_trace) {
        m_trace->afterStatement(run);
        if (run.outcome == StatementRun::Outcome::Rewritten) { // not what the real run takes
            run.locks.clear();
            run.rewrites.clear();
        }
    }
    m_renames << renameHints(m_connection.dialect(), sql);
    return run;
}

StepRun ScriptRunner::run(const PlanStep &step, const std::atomic_bool *cancel)
{
    StepRun result;
    result.step = step;
    const std::optional<Script> &script = step.direction == Direction::Up ? step.migration.up : step.migration.down;
    if (!script) {
        result.ok = false;
        result.error = Text::tr("%1 has no down script").arg(step.migration.displayVersion());
        return result;
    }
    result.script = script->path;
    const LoadedScript loaded = loadScript(*script, m_connection.dialect());
    if (!loaded.split.ok()) {
        result.ok = false;
        result.error = loaded.split.error->toString();
        return result;
    }
    const QList<Statement> &statements = loaded.split.statements;
    QStringList hints;
    QString boundary;
    if (m_options.insideTransaction) {
        boundary = u"godwit_dry_run_step"_s;
        result.transaction = exec(u"SAVEPOINT "_s + boundary, &result.error);
        if (!result.transaction) {
            result.ok = false;
            return result;
        }
    } else if (!script->noTransaction && noTransactionReason(m_connection, statements, hints).isEmpty()) {
        result.transaction = exec(m_connection.driver().beginTransaction(),
                                  &result.error);
        if (!result.transaction) {
            result.ok = false;
            return result;
        }
    }
    const auto undo = [&] {
        if (result.transaction)
            exec(boundary.isEmpty() ? u"ROLLBACK"_s : u"ROLLBACK TO SAVEPOINT "_s + boundary);
    };

    // The trace's own reads (from its start of step on) are taken off the step's time: the
    // timer runs over all of them.
    const double traced = m_trace ? m_trace->spentMs() : 0;
    QElapsedTimer timer;
    timer.start();
    if (m_trace)
        m_trace->startStep(m_options.insideTransaction);
    for (int i = 0; i < statements.size(); ++i) {
        if (cancelled(cancel)) {
            result.ok = false;
            result.cancelled = true;
            result.error = Text::tr("cancelled before statement %1 of %2").arg(i + 1).arg(statements.size());
            undo();
            break;
        }
        StatementRun s = runStatement(statements.at(i), i + 1, cancel);
        result.statements << s;
        if (s.outcome == StatementRun::Outcome::Failed || s.outcome == StatementRun::Outcome::Cancelled) {
            result.ok = false;
            result.cancelled = s.outcome == StatementRun::Outcome::Cancelled;
            result.error = Text::tr("statement %1 of %2 at %3 %4: %5")
                               .arg(i + 1)
                               .arg(statements.size())
                               .arg(s.location.toString(), result.cancelled ? Text::tr("was cancelled") : Text::tr("failed"),
                                    s.error);
            if (!hints.value(i).isEmpty())
                result.error += u"; "_s + hints.at(i);
            undo();
            break;
        }
    }
    if (result.ok && result.transaction) {
        const QString end = boundary.isEmpty() ? u"COMMIT"_s : u"RELEASE SAVEPOINT "_s + boundary;
        if (!exec(end, &result.error)) {
            result.ok = false;
            undo();
        }
    }
    result.durationMs =
        std::max(0.0, double(timer.nsecsElapsed()) / 1e6 - (m_trace ? m_trace->spentMs() - traced : 0));
    return result;
}

QList<StepRun> ScriptRunner::runAll(const QList<PlanStep> &steps, const std::atomic_bool *cancel,
                                    const Progress &progress, bool *ok)
{
    QList<StepRun> runs;
    *ok = true;
    for (int i = 0; i < steps.size(); ++i) {
        if (progress)
            progress(i, int(steps.size()), steps.at(i));
        runs << run(steps.at(i), cancel);
        if (!runs.last().ok) {
            *ok = false;
            break;
        }
    }
    return runs;
}

} // namespace godwit
