#pragma once

#include "database/connection.h"
#include "database/scratchdatabase.h"

#include "sql/containment.h"

#include <atomic>

namespace godwit::drivers {

/*! Copies the target's tables, views, triggers and routines into copy (a scratch database
    named copyName on the same server), from SHOW CREATE; what would reach outside the
    scratch is not copied but added to notRehearsable. With a sample, its rows are copied
    once the tables stand, before any trigger does (see sampleMysqlRows()). Empty on
    success, else why. */
QString copyMysqlSchema(Connection &target, Connection &copy, const QString &copyName,
                        QList<NotRehearsable> &notRehearsable, RowSample *sample = nullptr,
                        const std::atomic_bool *cancel = nullptr);

/*! Copies sample's rows of the target's tables (of tables, those named by its words, with
    the tables their foreign keys reference, parents first) into copy, which holds the same
    tables and no trigger yet: INSERT … SELECT on the server, each a read-committed
    transaction of its own that takes no lock on the target's rows; the rows whose parents
    were not taken go again. Fills sample.rows, or sample.error when the rows could not be
    copied (the copy is then emptied again: a dry run on no rows rather than on rows that
    break their foreign keys). */
void sampleMysqlRows(Connection &target, Connection &copy, const QString &database, const QStringList &tables,
                     RowSample &sample, const std::atomic_bool *cancel);

} // namespace godwit::drivers
