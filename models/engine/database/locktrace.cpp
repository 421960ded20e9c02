#include "locktrace.h"

#include "drivers/enginedriver.h"
#include "scriptrunner.h"
#include "sql/sqltokens.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QScopeGuard>
#include <QSet>

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
    return {{u"relation"_s, relation}, {u"kind"_s, kind}, {u"mode"_s, mode}, {u"acquired"_s, acquired}};
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
{
}

void LockTrace::startStep(bool insideTransaction)
{
    m_held.clear();
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

void LockTrace::afterStatement(QList<HeldLock> &locks, QList<Rewrite> &rewrites)
{
    if (!m_enabled)
        return;
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
    const QHash<QString, TableStorage> now = driver.tableStorage(m_connection, m_named);
    for (auto it = m_storage.cbegin(); it != m_storage.cend(); ++it) {
        const auto after = now.constFind(it.key());
        if (after == now.cend() || after->node == it->node)
            continue;
        Rewrite rewrite{it.key(), it->bytes, it->rows};
        if (rewrite.bytes < 0) { // never analysed: measured, once the statement holds its lock
            rewrite.bytes = driver.tableStorage(m_connection, {it.key()}, true).value(it.key()).bytes;
            m_held = driver.heldLocks(m_connection);
        }
        rewrites << rewrite;
    }
}

Message lockSentence(Dialect dialect, const HeldLock &lock, double holdMs)
{
    const Message effect = engineDriver(dialect).lockEffect(lock);
    if (effect.isEmpty())
        return {};
    return Text::msg("%1 on %2: %3 until the migration commits (held %4 ms in the dry run)")
        .arg(lock.mode, lock.relation, effect, QString::number(holdMs, 'f', 2));
}

double lockHoldMs(const StepRun &step, qsizetype statement)
{
    if (statement < 0 || statement >= step.statements.size())
        return 0;
    double ms = 0;
    for (qsizetype i = statement; i < step.statements.size(); ++i)
        ms += step.statements.at(i).durationMs;
    return ms;
}

} // namespace godwit
