#include "datachecks.h"

#include "linter.h"

#include "database/tablestats.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Lint)
};

qint64 countOf(Connection &connection, const QString &sql)
{
    QSqlQuery q(connection.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

Message sizeText(const TableStats &stats)
{
    const Message text = stats.rows < 0 ? Text::msg("%1: rows unknown").arg(stats.name)
                                  : Text::msg("%1: ~%2 row(s)", nullptr, pluralCount(stats.rows)).arg(stats.name, QLocale::c().toString(stats.rows));
    if (stats.bytes >= 0)
        return Message::join({text, QLocale::c().formattedDataSize(stats.bytes)}, u", "_s);
    return text;
}

} // namespace

void addDataEvidence(QList<Finding> &findings, Connection &connection)
{
    const Dialect dialect = connection.dialect();
    const auto q = [dialect](const QString &name) { return quotedIdentifier(dialect, name); };
    // Several findings often name one table; SQLite counts its rows, so ask once.
    QHash<QString, std::optional<TableStats>> statsOf;
    for (Finding &f : findings) {
        if (f.table.isEmpty())
            continue;
        auto cached = statsOf.constFind(f.table);
        if (cached == statsOf.cend())
            cached = statsOf.insert(f.table, tableStats(connection, f.table));
        const std::optional<TableStats> &stats = *cached;
        if (!stats)
            continue;
        const QString table = q(f.table);
        Message fails;
        if (f.rule == u"set-not-null" && f.columns.size() == 1) {
            const qint64 nulls = countOf(connection, u"SELECT count(*) FROM %1 WHERE %2 IS NULL"_s.arg(table, q(f.columns.first())));
            if (nulls > 0)
                fails = Text::msg("will fail: %1 row(s) of %2 have NULL in %3", nullptr, pluralCount(nulls))
                            .arg(QLocale::c().toString(nulls), f.table, f.columns.first());
        } else if (f.rule == u"add-not-null-column-without-default") {
            if (countOf(connection, u"SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT 1) AS one"_s.arg(table)) > 0
                && dialect != Dialect::MySQL)
                fails = Text::msg("will fail: %1 has rows").arg(f.table);
        } else if (!f.columns.isEmpty()) { // UNIQUE, PRIMARY KEY, unique index
            QStringList cols;
            for (const QString &c : std::as_const(f.columns))
                cols << q(c);
            const QString list = cols.join(u", "_s);
            const qint64 duplicates = countOf(
                connection, u"SELECT count(*) FROM (SELECT %1 FROM %2 GROUP BY %1 HAVING count(*) > 1) AS d"_s.arg(list, table));
            if (duplicates > 0) {
                QSqlQuery sample(connection.database());
                QStringList examples;
                if (sample.exec(u"SELECT %1 FROM %2 GROUP BY %1 HAVING count(*) > 1 ORDER BY %1 LIMIT 3"_s.arg(list, table))) {
                    while (sample.next()) {
                        QStringList values;
                        for (int i = 0; i < cols.size(); ++i)
                            values << (sample.isNull(i) ? u"NULL"_s : sample.value(i).toString());
                        examples << u'(' + values.join(u", "_s) + u')';
                    }
                }
                fails = Text::msg("will fail: %1 duplicate (%2) values, e.g. %3")
                            .arg(QLocale::c().toString(duplicates), f.columns.join(u", "_s), examples.join(u", "_s));
            }
        }
        Message narrows;
        if (f.rule == u"column-type-change" && dialect != Dialect::SQLite && f.columns.size() == 1
            && !f.newType.isEmpty()) {
            QSqlQuery type(connection.database());
            if (dialect == Dialect::PostgreSQL) {
                type.prepare(u"SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
                             "WHERE a.attrelid = to_regclass(?) AND a.attname = ? AND NOT a.attisdropped"_s);
                type.addBindValue(table);
            } else {
                type.prepare(u"SELECT COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                             "AND TABLE_NAME = ? AND COLUMN_NAME = ?"_s);
                type.addBindValue(f.table);
            }
            type.addBindValue(f.columns.first());
            if (type.exec() && type.next() && narrowerType(type.value(0).toString(), f.newType))
                narrows = Text::msg("narrows %1.%2 from %3 to %4: possible data loss")
                              .arg(f.table, f.columns.first(), type.value(0).toString(), f.newType);
        }
        if (f.rule == u"column-type-change" && !f.misfit.isEmpty() && f.columns.size() == 1) {
            const qint64 misfits =
                countOf(connection, u"SELECT count(*) FROM %1 WHERE %2"_s.arg(table, f.misfit.arg(q(f.columns.first()))));
            if (misfits > 0)
                fails = Text::msg("will fail: %1 values of %2.%3 do not fit the new type")
                            .arg(QLocale::c().toString(misfits), f.table, f.columns.first());
        }
        if (!fails.isEmpty()) {
            f.data = Message(u"%1 (%2)"_s).arg(fails, sizeText(*stats));
            f.severity = Severity::Error;
        } else {
            f.data = narrows.isEmpty() ? sizeText(*stats) : Message(u"%1 (%2)"_s).arg(narrows, sizeText(*stats));
        }
    }
}

} // namespace godwit
