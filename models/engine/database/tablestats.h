#pragma once

#include "connection.h"

#include <QString>

#include <optional>

namespace godwit {

/*! How big a table is, from the catalog where the engine keeps one: PostgreSQL's
    pg_class.reltuples (a small table never analysed is counted), MySQL's
    information_schema.TABLES (an estimate); SQLite keeps none, so its tables are counted. */
struct TableStats
{
    QString name;
    qint64 rows = -1;  ///< -1: not known
    qint64 bytes = -1; ///< -1: not known
    QString source;    ///< where the row figure comes from
};

/*! nullopt when the table is not there (yet). Read-only queries. */
std::optional<TableStats> tableStats(Connection &connection, const QString &table);

} // namespace godwit
