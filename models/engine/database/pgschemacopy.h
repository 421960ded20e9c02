#pragma once

#include "connection.h"
#include "tablestats.h"

#include <QList>
#include <QString>

#include <atomic>

namespace godwit {

/*! Copies the target's schema into scratchDatabase (an empty database on the same server):
    pg_dump --schema-only of the target, restored with psql in one transaction. pg_dump takes
    only ACCESS SHARE locks, which no writer waits for, and gives up after a few seconds when
    a table is locked exclusively; Godwit's own tables stay out. The password travels in the
    tools' environment. Empty on success, else why. */
QString copyPostgresSchema(const Connection &target, const QString &scratchDatabase,
                           const std::atomic_bool *cancel = nullptr);

/*! The target's row and size estimates from pg_class (reltuples, relpages), read without
    locking any table: what a schema copy, which has no rows, carries over for the estimates.
    Tables outside the current schema are named schema.table. */
QList<TableStats> postgresRowEstimates(Connection &target);

} // namespace godwit
