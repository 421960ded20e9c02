#pragma once

#include "connection.h"

#include <QString>

#include <memory>

namespace godwit {

/*! The first 64 bits of text's SHA-256: a PostgreSQL advisory lock key for a name. */
qint64 advisoryLockKey(const QByteArray &text);

/*! The lock one run holds on a server target for its whole length: pg_advisory_lock on
    PostgreSQL, GET_LOCK on MySQL/MariaDB. Both belong to the session, so they go with the
    connection when a run dies. SQLite needs none: each migration takes BEGIN IMMEDIATE. */
class RunLock
{
public:
    struct Acquire
    {
        std::unique_ptr<RunLock> lock;
        QString error; ///< who holds it and since when, or the server's message
    };

    /*! Waits up to timeoutSeconds for the lock. */
    static Acquire acquire(Connection &connection, int timeoutSeconds);
    ~RunLock();

private:
    explicit RunLock(Connection &connection);
    Connection &m_connection;
};

} // namespace godwit
