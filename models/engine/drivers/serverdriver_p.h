#pragma once

// Internal to the engine drivers: what the two server engines share.

#include "enginedriver.h"

namespace godwit::drivers {

/*! A database on a server: host, port, database, user and password; a running statement is
    stopped from a second connection to the same server. */
class ServerDriver : public EngineDriver
{
public:
    void address(QSqlDatabase &db, const ConnectionSpec &spec, bool readOnly,
                 const ConnectOptions &options) const override;
    /*! The session's id, read from the server with sessionIdQuery(). */
    InterruptTarget interruptTarget(Connection &connection) const override;
    void interrupt(const Connection &connection, const InterruptTarget &target) const override;

protected:
    /*! The engine's own connect options (timeouts, keepalives). */
    virtual QStringList serverOptions(const ConnectOptions &options) const = 0;
    /*! The query that reads the connection's session id. */
    virtual QString sessionIdQuery() const = 0;
    /*! The statement that stops a session's running statement, %1 standing for the session. */
    virtual QString cancelStatement() const = 0;
    /*! Reads a number the server gives (a session id) with sql. */
    static qint64 number(QSqlDatabase &db, const QString &sql);
};

} // namespace godwit::drivers
