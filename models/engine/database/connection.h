#pragma once

#include "target/connectoptions.h"
#include "i18n/message.h"
#include "target/connectionspec.h"

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

#include <memory>

namespace godwit {

class EngineDriver;

/*! One open QtSql connection, owned by the thread that opened it, removed when this object
    goes. Each job opens its own. */
class Connection
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    struct Open
    {
        std::unique_ptr<Connection> connection;
        Message error;
        bool databaseMissing = false; ///< read-only open of a SQLite file that does not exist
        bool needsPassword = false;   ///< the server refused the login for want of a (right) password
    };

    /*! Opens the target; a read-only open never creates a SQLite file. Errors name the
        target (without secrets) and carry the driver's or server's message. */
    static Open open(const ConnectionSpec &spec, Mode mode, const ConnectOptions &options);
    /*! A second connection to the same target (cancel, lock checks), same options. */
    Open openAnother() const;
    /*! Another database on the same server (a scratch or shadow database), same options;
        on SQLite, another file. */
    Open openSibling(const QString &databaseOrPath) const;

    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase &database() { return m_db; }
    /*! The driver's native handle when it is of the named type ("sqlite3*", "PGconn*"),
        else nullptr. */
    void *nativeHandle(const char *typeName);
    const ConnectionSpec &spec() const { return m_spec; }
    /*! How it was opened (the password included): for a client tool on the same target. */
    const ConnectOptions &options() const { return m_options; }
    Dialect dialect() const { return m_spec.dialect; }
    /*! What differs in its engine (drivers/enginedriver.h). */
    const EngineDriver &driver() const;
    /*! PostgreSQL's server_version_num (150004 for 15.4); 0 elsewhere. */
    int serverVersionNumber() const { return m_serverVersionNumber; }
    /*! MySQL and MariaDB: what VERSION() says ("10.11.6-MariaDB-0+deb12u1"), asked once, when
        first wanted; empty elsewhere. */
    QString serverVersion();
    /*! PostgreSQL: the schema Godwit's tables are in, resolved from historySchema when the
        connection opened; empty elsewhere (and when no such schema exists yet). */
    const QString &historySchema() const { return m_historySchema; }

private:
    Connection(ConnectionSpec spec, QSqlDatabase db, ConnectOptions options);

    ConnectionSpec m_spec;
    ConnectOptions m_options;
    QSqlDatabase m_db;
    int m_serverVersionNumber = 0;
    std::optional<QString> m_serverVersion;
    QString m_historySchema;
};

/*! query's last error: the server's own message, else the driver's. */
QString queryError(const QSqlQuery &query);

} // namespace godwit
