#include "sequences.h"

#include "schema/snapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(DryRun)
};

QString qualified(const SequenceValue &s)
{
    return quoteIdentifier(s.schema, Dialect::PostgreSQL) + u'.' + quoteIdentifier(s.name, Dialect::PostgreSQL);
}

QVariant bigint(const QVariant &value)
{
    return value.isNull() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(value.toLongLong());
}

} // namespace

QList<SequenceValue> sequenceValues(Connection &connection)
{
    QList<SequenceValue> values;
    QSqlQuery q(connection.database());
    // pg_sequences shows NULL for a sequence the user may not read: told apart by the privilege.
    if (q.exec(u"SELECT schemaname, sequencename, last_value,"
               u" has_sequence_privilege(format('%I.%I', schemaname, sequencename), 'SELECT')"
               u" FROM pg_sequences ORDER BY schemaname, sequencename"_s)) {
        while (q.next())
            values << SequenceValue{q.value(0).toString(), q.value(1).toString(), q.value(2), q.value(3).toBool()};
    }
    return values;
}

QList<Message> restoreSequences(Connection &connection, const QList<SequenceValue> &before)
{
    QList<Message> notes;
    QHash<QString, SequenceValue> after;
    for (const SequenceValue &s : sequenceValues(connection))
        after.insert(qualified(s), s);
    for (const SequenceValue &old : before) {
        const QString name = qualified(old);
        if (!old.readable) {
            notes << Text::msg("sequence %1 cannot be read by this user: if the dry run used it, it stays moved").arg(name);
            continue;
        }
        const auto now = after.constFind(name);
        if (now == after.cend() || now->lastValue == old.lastValue)
            continue;
        QSqlQuery q(connection.database());
        q.prepare(u"SELECT setval(format('%I.%I', schemaname, sequencename)::regclass, coalesce(?, start_value), ?)"
                  u" FROM pg_sequences WHERE schemaname = ? AND sequencename = ?"
                  u" AND last_value IS NOT DISTINCT FROM ?"_s);
        q.addBindValue(bigint(old.lastValue));
        q.addBindValue(!old.lastValue.isNull());
        q.addBindValue(old.schema);
        q.addBindValue(old.name);
        q.addBindValue(bigint(now->lastValue));
        if (!q.exec())
            notes << Text::msg("sequence %1 was moved by the dry run to %2 and could not be put back to %3: %4")
                         .arg(name, now->lastValue.toString(), old.lastValue.toString(), q.lastError().text());
        else if (q.next())
            notes << Text::msg("sequence %1 was moved by the dry run (PostgreSQL does not roll sequences back) and has been "
                              "put back").arg(name);
        else
            notes << Text::msg("sequence %1 was moved by the dry run and, used by another session meanwhile, is left at %2")
                         .arg(name, now->lastValue.toString());
    }
    return notes;
}

} // namespace godwit
