#pragma once

// Internal to the engine drivers: what the two server engines share.

#include "enginedriver.h"

class QSqlQuery;

namespace godwit::drivers {

/*! A database on a server: host, port, database, user and password; a running statement is
    stopped from a second connection to the same server; a run holds a lock that belongs to
    its session, so it goes with the connection when a run dies. */
class ServerDriver : public EngineDriver
{
public:
    void address(QSqlDatabase &db, const ConnectionSpec &spec, bool readOnly,
                 const ConnectOptions &options) const override;
    /*! The session's id, read from the server with sessionIdQuery(). */
    InterruptTarget interruptTarget(Connection &connection) const override;
    void interrupt(const Connection &connection, const InterruptTarget &target) const override;
    bool hasRunLock() const override;
    /*! Runs tryLockStatement() on runLockKey(). */
    int tryRunLock(Connection &connection, QString *error) const override;
    QString releaseRunLock(Connection &connection) const override;
    bool scratchOnServer() const override;
    /*! Read with sessionIdQuery(). */
    std::optional<qint64> sessionNumber(Connection &owner, QString *error) const override;
    /*! Those scratchListQuery() lists. */
    QStringList scratchDatabases(Connection &target) const override;
    /*! With scratchOwnerStatement(). */
    bool markScratchOwner(Connection &owner, const QString &name, QString *error) const override;
    /*! --host, --port and the user (clientUserOption()), as the server has them. */
    QStringList clientArguments(const ConnectionSpec &server) const override;

protected:
    /*! The engine's own connect options (timeouts, keepalives). */
    virtual QStringList serverOptions(const ConnectOptions &options) const = 0;
    /*! The query that reads the connection's session id. */
    virtual QString sessionIdQuery() const = 0;
    /*! The statement that stops a session's running statement, %1 standing for the session. */
    virtual QString cancelStatement() const = 0;
    /*! The option client programs take the user with. */
    virtual QString clientUserOption() const = 0;
    /*! What names the run lock of connection's history on the server. */
    virtual QVariant runLockKey(const Connection &connection) const = 0;
    /*! The call that takes the run lock (its key bound): 1 taken, 0 held by another, NULL an
        error. */
    virtual QString tryLockStatement() const = 0;
    /*! The call that releases the run lock, its key bound. */
    virtual QString releaseLockStatement() const = 0;
    /*! The query that lists the databases whose name is LIKE the pattern bound. */
    virtual QString scratchListQuery() const = 0;
    /*! The call that marks the session as the owner of the scratch database whose name is
        bound: 1 when it did. */
    virtual QString scratchOwnerStatement() const = 0;
    /*! Reads a number the server gives (a session id) with sql. */
    static qint64 number(QSqlDatabase &db, const QString &sql);
    /*! Runs q, a prepared count of triggers, with names bound: the count, or -1 with error
        set. */
    static int triggerCount(QSqlQuery &q, const QStringList &names, QString *error);
};

} // namespace godwit::drivers
