#include "tablestats.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace godwit {

std::optional<TableStats> tableStats(Connection &connection, const QString &table)
{
    TableStats stats{table, -1, -1, {}};
    QSqlQuery q(connection.database());
    const QString quoted = quotedIdentifier(connection.dialect(), table);
    switch (connection.dialect()) {
    case Dialect::SQLite: {
        q.prepare(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
        q.addBindValue(table);
        if (!q.exec() || !q.next())
            return std::nullopt;
        if (q.exec(u"SELECT count(*) FROM %1"_s.arg(quoted)) && q.next()) {
            stats.rows = q.value(0).toLongLong();
            stats.source = u"count(*)"_s;
        }
        break;
    }
    case Dialect::PostgreSQL:
        q.prepare(u"SELECT c.reltuples::bigint, pg_total_relation_size(c.oid) FROM pg_class c WHERE c.oid = to_regclass(?)"_s);
        q.addBindValue(quoted);
        if (!q.exec() || !q.next())
            return std::nullopt;
        stats.rows = q.value(0).toLongLong();
        stats.bytes = q.value(1).toLongLong();
        stats.source = u"pg_class.reltuples"_s;
        if (stats.rows < 0 && stats.bytes < 64 * 1024 * 1024) { // never analysed: a small table is counted
            if (q.exec(u"SELECT count(*) FROM %1"_s.arg(quoted)) && q.next()) {
                stats.rows = q.value(0).toLongLong();
                stats.source = u"count(*) (not analysed yet)"_s;
            }
        }
        break;
    case Dialect::MySQL:
        q.prepare(u"SELECT TABLE_ROWS, DATA_LENGTH + INDEX_LENGTH FROM information_schema.TABLES "
                  "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"_s);
        q.addBindValue(table);
        if (!q.exec() || !q.next())
            return std::nullopt;
        stats.rows = q.value(0).toLongLong();
        stats.bytes = q.value(1).toLongLong();
        stats.source = u"information_schema.TABLES.TABLE_ROWS (an estimate)"_s;
        break;
    }
    return stats;
}

} // namespace godwit
