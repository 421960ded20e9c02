#pragma once

#include "connection.h"

#include "sql/containment.h"

namespace godwit {

/*! What a dry run on work may touch, read from the server once per dry run by the engine's
    driver (EngineDriver::readContainmentScope): on MySQL and MariaDB every database but
    scratchDatabase is outside, on PostgreSQL the foreign tables of work are, and so are
    work's own routines that reach outside, with the relations and event triggers that run
    them (readPostgresEscapes). rolledBack: work runs inside a
    transaction that is rolled back; lockTimeoutCapMs: that transaction holds lock_timeout
    at most this long (0: not held). error: why part of the catalog could not be read (the
    scope then knows less; the caller must not call the run contained). */
ContainmentScope readContainmentScope(Connection &target, Connection &work, const QString &scratchDatabase,
                                      bool rolledBack, qint64 lockTimeoutCapMs = 0, QString *error = nullptr);

} // namespace godwit
