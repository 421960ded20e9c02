#include "connection.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace godwit {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Connection", text);
}

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("godwit-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Connection::Connection(ConnectionSpec spec, QSqlDatabase db)
    : m_spec(std::move(spec))
    , m_db(std::move(db))
{
}

Connection::~Connection()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Connection::Open Connection::open(const ConnectionSpec &spec, Mode mode, int busyTimeoutMs)
{
    Open result;
    if (spec.dialect != Dialect::SQLite) {
        result.error = tr("%1: %2 targets are not supported yet (issue #3)")
                           .arg(spec.display(), dialectName(spec.dialect));
        return result;
    }
    const QFileInfo file(spec.path);
    if (mode == Mode::ReadOnly && !file.exists()) {
        result.databaseMissing = true;
        return result;
    }
    if (!file.dir().exists()) {
        result.error = tr("%1: the folder %2 does not exist").arg(spec.display(), file.dir().path());
        return result;
    }
    const QString name = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(spec.path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
        if (mode == Mode::ReadOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (db.open()) {
            result.connection.reset(new Connection(spec, db));
            return result;
        }
        result.error = tr("%1: %2").arg(spec.display(), db.lastError().text());
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace godwit
