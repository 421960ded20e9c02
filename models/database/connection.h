#pragma once

#include "connectionspec.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace godwit {

/*! One open QtSql connection, owned by the thread that opened it, removed when this object
    goes. Each job opens its own. */
class Connection
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    struct Open
    {
        std::unique_ptr<Connection> connection;
        QString error;
        bool databaseMissing = false; ///< read-only open of a SQLite file that does not exist
    };

    /*! Opens the target; a read-only open never creates a SQLite file. */
    static Open open(const ConnectionSpec &spec, Mode mode, int busyTimeoutMs);

    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase &database() { return m_db; }
    const ConnectionSpec &spec() const { return m_spec; }
    Dialect dialect() const { return m_spec.dialect; }

private:
    Connection(ConnectionSpec spec, QSqlDatabase db);

    ConnectionSpec m_spec;
    QSqlDatabase m_db;
};

} // namespace godwit
