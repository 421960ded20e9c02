#pragma once

#include "database/introspection.h"

namespace godwit::drivers {

/*! The schema the connection works in, from the catalog: see introspect(). */
Introspection introspectSqlite(Connection &connection);

} // namespace godwit::drivers
