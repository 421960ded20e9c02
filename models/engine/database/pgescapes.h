#pragma once

#include "connection.h"

#include "sql/containment.h"

namespace godwit {

/*! PostgreSQL: fills scope's escapingRoutines, escapingOnUse, escapingOnWrite and
    escapingDdl from work's catalog. A routine escapes when its definition does (read with
    the scope's rules, so through other routines too, to a fixed point), or when it is
    written in C or an untrusted language outside an extension; extensions' own routines
    are judged by name (dblink…). Relations are reached through pg_depend: views and SELECT
    rules that call such a routine escape on use, triggers, defaults, constraints, index
    expressions and other rules on a write; an enabled event trigger running one makes every
    DDL statement escape. Returns why the catalog could not be read, else empty. */
QString readPostgresEscapes(Connection &work, ContainmentScope &scope);

} // namespace godwit
