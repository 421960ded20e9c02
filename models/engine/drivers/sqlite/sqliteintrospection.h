#pragma once

#include "database/introspection.h"

namespace godwit::drivers {

/*! The schema the connection works in, from the catalog: see introspect(). */
/*! The schema, or with a scope (names in lower case) only the objects named in it and those
    on a table named in it. */
Introspection introspectSqlite(Connection &connection, const QStringList &scope = {});

} // namespace godwit::drivers
