#pragma once

#include "connection.h"

#include "sql/containment.h"

namespace godwit {

/*! What a dry run on work may touch, read from the server once per dry run: on MySQL and
    MariaDB every database but scratchDatabase is outside, on PostgreSQL the foreign tables
    of work are. rolledBack: work runs inside a transaction that is rolled back. */
ContainmentScope readContainmentScope(Connection &target, Connection &work, const QString &scratchDatabase,
                                      bool rolledBack);

} // namespace godwit
