#pragma once

#include "finding.h"

#include "database/connection.h"

namespace godwit {

/*! Reads the target (read-only queries) for what the findings' statements will meet:
    duplicates before a UNIQUE, NULLs before a NOT NULL, values a narrower type cannot
    hold, rows before a NOT NULL column without a default; a finding that will certainly
    fail becomes an error that says so ("will fail: 312 duplicate (email) values"), and
    each statement that takes a lock gets its table's size. Tables that are not there yet
    (a pending migration creates them) are left alone. */
void addDataEvidence(QList<Finding> &findings, Connection &connection);

} // namespace godwit
