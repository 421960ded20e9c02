#include "mysqlschemacopy.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace godwit::drivers {

namespace {

// The strings of scratch databases, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScratchDatabase)
};

QString quoted(const QString &name)
{
    return quotedIdentifier(Dialect::MySQL, name);
}

// The target's foreign keys between its own tables, their columns in order; a table named
// in another case than information_schema.TABLES has it (lower_case_table_names) is named
// as there.
QList<SampleKey> foreignKeys(Connection &target, const QStringList &tables, QString *error)
{
    QHash<QString, QString> byLower;
    for (const QString &t : tables)
        byLower.insert(t.toLower(), t);
    const auto table = [&](const QString &name) { return quoted(byLower.value(name.toLower(), name)); };
    QList<SampleKey> keys;
    QSqlQuery q(target.database());
    if (!q.exec(u"SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME"
                u" FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE()"
                u" AND REFERENCED_TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL"
                u" ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION"_s)) {
        *error = queryError(q);
        return keys;
    }
    QString last;
    while (q.next()) {
        const QString constraint = q.value(0).toString() + u'\n' + q.value(1).toString();
        if (constraint != last)
            keys << SampleKey{table(q.value(0).toString()), table(q.value(3).toString()), {}, {}};
        last = constraint;
        keys.last().childColumns << quoted(q.value(2).toString());
        keys.last().parentColumns << quoted(q.value(4).toString());
    }
    return keys;
}

// Of the tables copied, each one's stored columns (not generated ones, which the server
// computes) and the first rows that fit the sample's limits.
QList<SampledTable> describe(Connection &target, const QStringList &tables, const RowSample &sample, QString *error)
{
    QHash<QString, SampledTable> byName;
    for (const QString &t : tables)
        byName.insert(t, SampledTable{t, quoted(t), t.toLower(), {}, {}, 0});
    QSqlQuery q(target.database());
    // GENERATION_EXPRESSION is '' (MySQL) or NULL (MariaDB) on a stored column.
    if (!q.exec(u"SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                u" AND COALESCE(GENERATION_EXPRESSION, '') = '' AND EXTRA NOT LIKE '%VIRTUAL GENERATED%'"
                u" AND EXTRA NOT LIKE '%STORED GENERATED%' ORDER BY TABLE_NAME, ORDINAL_POSITION"_s)) {
        *error = queryError(q);
        return {};
    }
    while (q.next()) {
        if (const auto t = byName.find(q.value(0).toString()); t != byName.end())
            t->columns << quoted(q.value(1).toString());
    }
    // InnoDB only: another engine may keep its rows elsewhere (FEDERATED, CONNECT, SPIDER:
    // a copy's rows would be written there) or lock the whole table while it is read
    // (MyISAM, Aria); a sequence has no rows to take.
    if (!q.exec(u"SELECT TABLE_NAME, AVG_ROW_LENGTH FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                u" AND TABLE_TYPE = 'BASE TABLE' AND ENGINE = 'InnoDB'"_s)) {
        *error = queryError(q);
        return {};
    }
    QList<SampledTable> described;
    while (q.next()) {
        if (const auto t = byName.constFind(q.value(0).toString()); t != byName.cend() && !t->columns.isEmpty()) {
            described << *t;
            described.last().limit = sample.limitFor(q.value(1).toLongLong());
        }
    }
    return described;
}

} // namespace

void sampleMysqlRows(Connection &target, Connection &copy, const QString &database, const QStringList &tables,
                     RowSample &sample, const std::atomic_bool *cancel)
{
    QString error;
    const QList<SampleKey> keys = foreignKeys(target, tables, &error);
    const QList<SampledTable> all = error.isEmpty() ? describe(target, tables, sample, &error) : QList<SampledTable>();
    if (!error.isEmpty()) {
        sample.error = error;
        return;
    }
    QSqlQuery q(copy.database());
    // A table that the target's DDL holds is not waited for long.
    // Rows as the target holds them (an id 0 stays 0, a zero date stays), as mysqldump
    // writes them.
    QString lockWait;
    QString sqlMode;
    if (q.exec(u"SELECT @@SESSION.lock_wait_timeout, @@SESSION.sql_mode"_s) && q.next()) {
        lockWait = QString::number(q.value(0).toLongLong());
        sqlMode = q.value(1).toString();
    }
    q.exec(u"SET SESSION lock_wait_timeout = 5, SESSION sql_mode = 'NO_AUTO_VALUE_ON_ZERO'"_s);
    QList<SampledTable> copied;
    for (const SampledTable &table : tablesToSample(all, sample.words, keys)) {
        if (cancel && cancel->load()) {
            error = Text::tr("cancelled");
            break;
        }
        const QString columns = table.columns.join(u", "_s);
        // Read committed, for this statement: a consistent read that locks none of the
        // target's rows.
        copied << table; // attempted: emptied again should anything fail
        if (!q.exec(u"SET TRANSACTION ISOLATION LEVEL READ COMMITTED"_s)
            || !q.exec(u"INSERT INTO %1 (%2) SELECT %2 FROM %3.%1 LIMIT %4"_s.arg(
                   table.sql, columns, quoted(database), QString::number(table.limit)))) {
            error = Text::tr("%1: %2").arg(table.name, queryError(q));
            break;
        }
    }
    if (!lockWait.isEmpty()) {
        q.prepare(u"SET SESSION lock_wait_timeout = "_s + lockWait + u", SESSION sql_mode = ?"_s);
        q.addBindValue(sqlMode);
        q.exec();
    }
    const auto orphans = [](const SampleKey &k, const QString &notNull, const QString &on) {
        return u"DELETE c FROM %1 AS c LEFT JOIN %2 AS p ON %3 WHERE %4 AND p.%5 IS NULL"_s.arg(
            k.child, k.parent, on, notNull, k.parentColumns.first());
    };
    if (error.isEmpty())
        deleteOrphans(q, copied, keys, orphans, &error);
    if (!error.isEmpty()) {
        // Every table a row may have reached is emptied again: the dry run goes on with none.
        sample.error = error;
        for (const SampledTable &table : std::as_const(copied)) {
            if (!q.exec(u"DELETE FROM "_s + table.sql))
                sample.error += u"; "_s + Text::tr("%1 could not be emptied again: %2").arg(table.name, queryError(q));
        }
        return;
    }
    for (const SampledTable &table : std::as_const(copied)) {
        if (q.exec(u"SELECT COUNT(*) FROM "_s + table.sql) && q.next())
            sample.rows.insert(table.name, q.value(0).toLongLong());
    }
}

} // namespace godwit::drivers
