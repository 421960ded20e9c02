#include "interrupter.h"

#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace godwit {

Interrupter::Interrupter(Connection &connection)
    : m_connection(connection)
{
    QSqlQuery q(connection.database());
    switch (connection.dialect()) {
    case Dialect::SQLite:
        m_sqliteHandle = connection.nativeHandle("sqlite3*");
        break;
    case Dialect::PostgreSQL:
        if (q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next())
            m_backendId = q.value(0).toLongLong();
        break;
    case Dialect::MySQL:
        if (q.exec(QStringLiteral("SELECT CONNECTION_ID()")) && q.next())
            m_backendId = q.value(0).toLongLong();
        break;
    }
}

void Interrupter::interrupt() const
{
    switch (m_connection.dialect()) {
    case Dialect::SQLite:
        if (m_sqliteHandle) // else the run stops at the next statement boundary
            sqlite3_interrupt(static_cast<sqlite3 *>(m_sqliteHandle));
        return;
    case Dialect::PostgreSQL:
    case Dialect::MySQL: {
        // From a connection of this thread's own: the run's connection is busy.
        auto other = m_connection.openAnother();
        if (!other.connection)
            return;
        QSqlQuery q(other.connection->database());
        if (m_connection.dialect() == Dialect::PostgreSQL) {
            q.prepare(QStringLiteral("SELECT pg_cancel_backend(?)"));
            q.addBindValue(m_backendId);
            q.exec();
        } else {
            q.exec(QStringLiteral("KILL QUERY %1").arg(m_backendId)); // a number we read, not input
        }
        return;
    }
    }
}

} // namespace godwit
