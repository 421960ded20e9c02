#pragma once

#include "connection.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace godwit {

/*! The first 64 bits of text's SHA-256: a PostgreSQL advisory lock key for a name. */
qint64 advisoryLockKey(const QByteArray &text);

/*! The lock one run holds on a server target for its whole length, taken and released by
    the engine's driver (EngineDriver::tryRunLock): pg_advisory_lock on PostgreSQL, GET_LOCK
    on MySQL/MariaDB. Both belong to the session, so they go with the connection when a run
    dies. SQLite needs none (EngineDriver::hasRunLock): each migration takes BEGIN IMMEDIATE. */
class RunLock
{
public:
    struct Acquire
    {
        std::unique_ptr<RunLock> lock;
        QString error; ///< who holds it and since when, or the server's message
    };

    /*! Called while another run holds the lock: who it is (session, user, host, program). */
    using Waiting = std::function<void(const QString &holder)>;

    /*! Waits up to timeoutSeconds for the lock; stops waiting as soon as cancel is set.
        waiting hears who holds it at once and then every few seconds. */
    static Acquire acquire(Connection &connection, int timeoutSeconds, const std::atomic_bool *cancel = nullptr,
                           const Waiting &waiting = {});
    ~RunLock();

private:
    explicit RunLock(Connection &connection);
    Connection &m_connection;
};

} // namespace godwit
