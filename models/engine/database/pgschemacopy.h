#pragma once

#include "connection.h"
#include "rowsample.h"
#include "tablestats.h"

#include <QList>
#include <QString>

#include <atomic>

namespace godwit {

/*! Copies the target's schema into scratchDatabase (an empty database on the same server):
    pg_dump --schema-only of the target, restored with pg_restore, a section at a time, each in
    one transaction. pg_dump takes only ACCESS SHARE locks, which no writer waits for, and
    gives up after a few seconds when a table is locked exclusively; Godwit's own tables stay
    out. With a sample, its rows are copied between the tables (pre-data) and their keys,
    indexes and triggers (post-data); see samplePostgresRows(). The password travels in the
    tools' environment. Empty on success, else why. */
QString copyPostgresSchema(Connection &target, const QString &scratchDatabase, const std::atomic_bool *cancel = nullptr,
                           RowSample *sample = nullptr);

/*! Copies sample's rows of the target's tables (those named by its words, with the tables
    their foreign keys reference) into scratchDatabase, which holds the same tables without
    keys, indexes or triggers: the first rows of each, through psql's \copy from one session
    into the other (the rows never touch a file), read under a short lock_timeout. The rows
    whose parents were not taken go again, and the sequences are set past the rows. Fills
    sample.rows, or sample.error when the rows could not be copied (the tables are then
    emptied again). */
void samplePostgresRows(Connection &target, const QString &scratchDatabase, RowSample &sample,
                        const std::atomic_bool *cancel);

/*! Empties every table of scratchDatabase. Empty on success, else why. */
QString emptyPostgresSample(Connection &target, const QString &scratchDatabase);

/*! A libpq conninfo argument naming only the database: whatever the name holds (=, quotes,
    spaces), the tools read it as a name. */
QString dbnameArgument(const QString &database);

/*! The target's row and size estimates from pg_class (reltuples, relpages), read without
    locking any table: what a schema copy, which has no rows, carries over for the estimates.
    Tables outside the current schema are named schema.table. */
QList<TableStats> postgresRowEstimates(Connection &target);

} // namespace godwit
