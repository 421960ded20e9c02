#pragma once

#include "connection.h"

namespace godwit {

/*! Stops the statement a connection is running, from any thread: sqlite3_interrupt on
    SQLite; pg_cancel_backend (PostgreSQL) or KILL QUERY (MySQL) from a second connection.
    Construct it on the thread that owns the connection: it reads what it needs there. */
class Interrupter
{
public:
    explicit Interrupter(Connection &connection);

    void interrupt() const;

private:
    Connection &m_connection;
    void *m_sqliteHandle = nullptr;
    qint64 m_backendId = 0;
};

} // namespace godwit
