#pragma once

#include <QString>

#include <optional>

namespace godwit {

/*! How to open a connection: the secret travels here, never in a ConnectionSpec. */
struct ConnectOptions
{
    int busyTimeoutMs = 10000;     ///< SQLite: how long to wait for a lock
    int connectTimeoutSeconds = 10; ///< servers: how long to wait for an answer
    QString password;
    /*! Session settings (servers): PostgreSQL lock_timeout and statement_timeout, MySQL
        lock_wait_timeout (from lockTimeout, in whole seconds), PostgreSQL search_path. */
    QString lockTimeout;
    QString statementTimeout;
    QString schema;
    /*! PostgreSQL: the search_path that finds Godwit's own tables (the project's "schema"
        setting); empty: the server's default. `schema` (--schema) does not move them. */
    QString historySchema;
};

/*! Milliseconds of a PostgreSQL-style duration ("5s", "250ms", "2min", "1h", bare = ms). */
std::optional<qint64> parseDuration(const QString &text);

} // namespace godwit
