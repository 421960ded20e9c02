#include "locktrace.h"

#include "drivers/enginedriver.h"
#include "scriptrunner.h"
#include "sql/sqltokens.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(DryRun)
};

QString key(const HeldLock &lock)
{
    return lock.relation + u'\x1f' + lock.mode;
}

} // namespace

QJsonObject HeldLock::toJson() const
{
    QJsonObject o{{u"relation"_s, relation}, {u"kind"_s, kind}, {u"mode"_s, mode}, {u"acquired"_s, acquired}};
    if (waited)
        o.insert(u"waited"_s, true);
    return o;
}

QJsonObject Rewrite::toJson() const
{
    return {{u"table"_s, table}, {u"bytes"_s, double(bytes)}, {u"rows"_s, double(rows)}};
}

Message Rewrite::message() const
{
    const QString size = bytes >= 0 ? QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat)
                                    : QString();
    if (bytes < 0)
        return Text::msg("rewrites %1").arg(table);
    if (rows >= 0)
        return Text::msg("rewrites %1 (%2, about %n row(s))", nullptr, pluralCount(rows)).arg(table, size);
    return Text::msg("rewrites %1 (%2)").arg(table, size);
}

LockTrace::LockTrace(Connection &connection)
    : m_connection(connection)
    , m_enabled(connection.driver().tracesLocks())
    , m_watch(m_enabled ? connection.driver().statementWatch(connection) : nullptr)
{
}

LockTrace::~LockTrace() = default;

void LockTrace::startStep(bool insideTransaction)
{
    m_held.clear();
    m_dropped.clear();
    if (!m_enabled || !insideTransaction)
        return;
    QElapsedTimer timer;
    timer.start();
    m_held = m_connection.driver().heldLocks(m_connection);
    m_spentMs += double(timer.nsecsElapsed()) / 1e6;
}

void LockTrace::beforeStatement(const QString &sql)
{
    if (!m_enabled)
        return;
    QSet<QString> names;
    for (const SqlToken &t : tokenizeStatement(m_connection.dialect(), sql)) {
        if (t.kind == SqlToken::Kind::QuotedIdentifier)
            names.insert(t.text);
        else if (t.kind == SqlToken::Kind::Word)
            names.insert(t.text.toLower()); // unquoted names fold to lower case
    }
    m_named = QStringList(names.cbegin(), names.cend());
    m_storage.clear();
    if (names.contains(u"set"_s) && sql.trimmed().startsWith(u"set"_s, Qt::CaseInsensitive))
        return;
    QElapsedTimer timer;
    timer.start();
    m_storage = m_connection.driver().tableStorage(m_connection, m_named);
    m_spentMs += double(timer.nsecsElapsed()) / 1e6;
}

bool LockTrace::exec(QSqlQuery &q, const QString &sql, StatementRun &run)
{
    m_watched = {};
    if (!m_watch)
        return q.exec(sql);
    const bool ok = m_watch->exec(q, sql, m_storage.keys(), m_watched);
    m_spentMs += m_watched.waitedMs;
    run.algorithm = m_watched.algorithm;
    return ok;
}

void LockTrace::afterStatement(StatementRun &run)
{
    if (!m_enabled)
        return;
    QList<HeldLock> &locks = run.locks;
    QList<Rewrite> &rewrites = run.rewrites;
    QElapsedTimer timer;
    timer.start();
    const auto spent = qScopeGuard([&] { m_spentMs += double(timer.nsecsElapsed()) / 1e6; });
    const EngineDriver &driver = m_connection.driver();
    QSet<QString> before;
    for (const HeldLock &l : std::as_const(m_held))
        before.insert(key(l));
    locks.clear();
    for (HeldLock l : driver.heldLocks(m_connection)) {
        if (l.relation.isEmpty()) { // dropped by the statement: named from before it
            for (auto it = m_storage.cbegin(); it != m_storage.cend(); ++it) {
                if (it->objectId == l.objectId) {
                    l.relation = it.key();
                    l.kind = u"table"_s;
                }
            }
        }
        if (l.relation.isEmpty())
            continue; // the server's own transient copy of a table it rewrites
        l.acquired = !before.contains(key(l));
        locks << l;
    }
    m_held = locks;
    QSet<QString> toCommit;
    for (const HeldLock &l : std::as_const(locks))
        toCommit.insert(key(l));
    for (const HeldLock &l : std::as_const(m_watched.locks)) {
        if (!toCommit.contains(key(l))) // seen while it ran, and still held: held to the COMMIT
            locks << l;
    }
    const QHash<QString, TableStorage> now = driver.tableStorage(m_connection, m_named);
    for (auto it = m_storage.cbegin(); it != m_storage.cend(); ++it) {
        const auto after = now.constFind(it.key());
        if (after == now.cend() || after->node == it->node)
            continue;
        Rewrite rewrite{it.key(), it->bytes, it->rows};
        if (rewrite.bytes < 0) { // never analysed: measured, once the statement holds its lock
            const TableStorage exact = driver.tableStorage(m_connection, {it.key()}, true).value(it.key());
            rewrite.bytes = exact.bytes;
            rewrite.rows = rewrite.rows < 0 ? exact.rows : rewrite.rows;
            m_held = driver.heldLocks(m_connection);
        }
        rewrites << rewrite;
    }
    // A table rebuilt the long way (new table, copy, drop, rename: SQLite's only way for
    // most changes) is rewritten when the new one takes the dropped one's name.
    for (auto it = m_storage.cbegin(); it != m_storage.cend(); ++it) {
        if (!now.contains(it.key()))
            m_dropped.insert(it.key().toLower(), *it);
    }
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto dropped = m_dropped.constFind(it.key().toLower());
        if (m_storage.contains(it.key()) || dropped == m_dropped.cend())
            continue;
        Rewrite rewrite{it.key(), dropped->bytes, dropped->rows};
        if (rewrite.bytes < 0) { // measured on the new table, which holds the rows copied
            const TableStorage exact = driver.tableStorage(m_connection, {it.key()}, true).value(it.key());
            rewrite.bytes = exact.bytes;
            rewrite.rows = exact.rows;
        }
        rewrites << rewrite;
        m_dropped.remove(it.key().toLower());
    }
}

Message lockSentence(Dialect dialect, const HeldLock &lock, double holdMs)
{
    const Message effect = engineDriver(dialect).lockEffect(lock);
    if (effect.isEmpty())
        return {};
    const QString ms = QString::number(holdMs, 'f', 2);
    if (lock.waited)
        return Text::msg("%1 on %2: %3 while the statement runs, and waits for every open transaction that used %2 "
                         "while later queries on it wait behind (%4 ms in the dry run)")
            .arg(lock.mode, lock.relation, effect, ms);
    if (lock.statementOnly)
        return Text::msg("%1 on %2: %3 while the statement runs (%4 ms in the dry run)")
            .arg(lock.mode, lock.relation, effect, ms);
    return Text::msg("%1 on %2: %3 until the migration commits (held %4 ms in the dry run)")
        .arg(lock.mode, lock.relation, effect, ms);
}

// What the server does with an ALTER under the algorithm it accepted (MySQL's online DDL
// tables and MariaDB's ALTER TABLE documentation).
Message algorithmSentence(const QString &algorithm)
{
    if (algorithm == u"INSTANT")
        return Text::msg("ALGORITHM=INSTANT: the server changes only the table's definition");
    if (algorithm == u"NOCOPY")
        return Text::msg("ALGORITHM=NOCOPY: done in place without rebuilding the table; reads and writes go on");
    if (algorithm == u"INPLACE, LOCK=NONE")
        return Text::msg("ALGORITHM=INPLACE, LOCK=NONE: done in place; reads and writes go on while it runs");
    if (algorithm == u"INPLACE, LOCK=SHARED")
        return Text::msg("ALGORITHM=INPLACE, LOCK=SHARED: done in place; writes wait while it runs");
    if (algorithm == u"INPLACE, LOCK=EXCLUSIVE")
        return Text::msg("ALGORITHM=INPLACE, LOCK=EXCLUSIVE: done in place; reads and writes wait while it runs");
    if (algorithm == u"COPY")
        return Text::msg("ALGORITHM=COPY: the server copies the table row by row; writes wait while it runs");
    return Text::msg("the statement names its own ALGORITHM or LOCK");
}

QList<Measured> measured(Dialect dialect, const StepRun &step, qsizetype statement)
{
    QList<Measured> found;
    if (statement < 0 || statement >= step.statements.size())
        return found;
    const StatementRun &s = step.statements.at(statement);
    if (!s.algorithm.isEmpty())
        found << Measured{u"ALGORITHM="_s + s.algorithm.section(u',', 0, 0), algorithmSentence(s.algorithm)};
    for (const HeldLock &l : s.locks) {
        const Message said = l.acquired ? lockSentence(dialect, l, lockHoldMs(step, statement, l)) : Message();
        if (!said.isEmpty())
            found << Measured{l.mode + u' ' + l.relation, said};
    }
    for (const Rewrite &r : s.rewrites)
        found << Measured{Text::msg("rewrites %1").arg(r.table).text(), r.message()};
    return found;
}

double lockHoldMs(const StepRun &step, qsizetype statement, const HeldLock &lock)
{
    if (statement < 0 || statement >= step.statements.size())
        return 0;
    if (lock.statementOnly)
        return step.statements.at(statement).durationMs;
    double ms = 0;
    for (qsizetype i = statement; i < step.statements.size(); ++i)
        ms += step.statements.at(i).durationMs;
    return ms;
}

} // namespace godwit
