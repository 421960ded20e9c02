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

#include <algorithm>

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
    QElapsedTimer timer;
    timer.start();
    const bool ok = m_watch ? m_watch->exec(q, sql, m_storage.keys(), m_watched) : q.exec(sql);
    const double wallMs = double(timer.nsecsElapsed()) / 1e6;
    run.durationMs = m_watched.ranMs >= 0 ? std::max(0.0, m_watched.ranMs - m_watched.waitedMs) : wallMs;
    m_spentMs += wallMs - run.durationMs; // the watcher's part, not the statement's
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
    // Sizes the statistics did not have: measured, once the statement holds its lock.
    const auto withSize = [&](Rewrite rewrite) {
        if (rewrite.bytes < 0) {
            const TableStorage exact = driver.tableStorage(m_connection, {rewrite.table}, true).value(rewrite.table);
            rewrite.bytes = exact.bytes;
            rewrite.rows = rewrite.rows < 0 ? exact.rows : rewrite.rows;
            m_held = driver.heldLocks(m_connection);
        }
        return rewrite;
    };
    bool renamed = false; // a table the statement named is gone: dropped, or renamed away
    for (auto it = m_storage.cbegin(); it != m_storage.cend(); ++it) {
        const auto after = now.constFind(it.key());
        if (after == now.cend()) {
            renamed = true;
            m_dropped.insert(it.key().toLower(), *it);
        } else if (after->node != it->node) {
            rewrites << withSize(Rewrite{it.key(), it->bytes, it->rows});
        }
    }
    // A table rebuilt the long way (new table, copy, drop, rename: SQLite's only way for most
    // changes) is rewritten when a table renamed takes the name of one dropped before.
    for (auto it = now.cbegin(); renamed && it != now.cend(); ++it) {
        const auto dropped = m_dropped.constFind(it.key().toLower());
        if (m_storage.contains(it.key()) || dropped == m_dropped.cend())
            continue;
        rewrites << withSize(Rewrite{it.key(), dropped->bytes, dropped->rows});
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

// What the server does with an ALTER under the algorithm and lock it accepted (MySQL's
// online DDL tables and MariaDB's ALTER TABLE documentation).
Message algorithmSentence(const QString &algorithm)
{
    const QString name = algorithm.section(u',', 0, 0);
    const QString lock = algorithm.section(u"LOCK="_s, 1);
    if (name == u"INSTANT")
        return Text::msg("ALGORITHM=INSTANT: the server changes only the table's definition");
    if (name == u"COPY")
        return Text::msg("ALGORITHM=COPY: the server copies the table row by row; writes wait while it runs");
    if (name != u"NOCOPY" && name != u"INPLACE")
        return Text::msg("the statement names its own ALGORITHM or LOCK");
    const Message how = name == u"NOCOPY" ? Text::msg("done in place without rebuilding the table")
                                          : Text::msg("done in place");
    const Message effect = lock == u"NONE"     ? Text::msg("reads and writes go on while it runs")
                           : lock == u"SHARED" ? Text::msg("writes wait while it runs")
                                               : Text::msg("reads and writes wait while it runs");
    return Text::msg("ALGORITHM=%1: %2; %3").arg(Message(algorithm), how, effect);
}

QList<Measured> measured(Dialect dialect, const StepRun &step, qsizetype statement)
{
    QList<Measured> found;
    if (statement < 0 || statement >= step.statements.size())
        return found;
    const StatementRun &s = step.statements.at(statement);
    if (!s.algorithm.isEmpty())
        found << Measured{s.algorithm == u"as written" ? u"ALGORITHM (as written)"_s
                                                       : u"ALGORITHM="_s + s.algorithm.section(u',', 0, 0),
                          algorithmSentence(s.algorithm)};
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
