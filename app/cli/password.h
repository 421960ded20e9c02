#pragma once

#include "database/connection.h"

#include <QString>

namespace godwit::cli {

/*! The password for a server target: GODWIT_PASSWORD, then the engine's own variable
    (PGPASSWORD, MYSQL_PWD). Failing those, and only when the server asks for one (as psql
    does) and there is a terminal, a prompt with echo off. Never from argv; never printed.
    Empty for SQLite, and for servers that trust the connection. */
QString passwordFor(const ConnectionSpec &target, const ConnectOptions &options);

} // namespace godwit::cli
