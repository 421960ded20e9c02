#include "connection.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

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

Connection::Connection(ConnectionSpec spec, QSqlDatabase db, ConnectOptions options)
    : m_spec(std::move(spec))
    , m_options(std::move(options))
    , m_db(std::move(db))
{
    if (m_spec.dialect == Dialect::SQLite)
        return;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT version()")) && q.next())
        m_serverVersion = q.value(0).toString();
    m_mariaDb = m_serverVersion.contains(u"MariaDB", Qt::CaseInsensitive);
    if (m_spec.dialect == Dialect::PostgreSQL && q.exec(QStringLiteral("SHOW server_version_num")) && q.next())
        m_serverVersionNumber = q.value(0).toInt();
}

Connection::~Connection()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Connection::Open Connection::openAnother() const
{
    return open(m_spec, Mode::ReadWrite, m_options);
}

namespace {

// Driver options: the server drivers get a connect timeout and every option of the URL or
// profile as it is (libpq's sslmode, sslrootcert…; QMYSQL's SSL_CA, SSL_CERT…).
QString connectOptions(const ConnectionSpec &spec, Connection::Mode mode, const ConnectOptions &options)
{
    QStringList list;
    switch (spec.dialect) {
    case Dialect::SQLite:
        list << QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        if (mode == Connection::Mode::ReadOnly)
            list << QStringLiteral("QSQLITE_OPEN_READONLY");
        return list.join(u';');
    case Dialect::PostgreSQL:
        list << QStringLiteral("connect_timeout=%1").arg(options.connectTimeoutSeconds);
        break;
    case Dialect::MySQL:
        list << QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1").arg(options.connectTimeoutSeconds);
        break;
    }
    for (auto it = spec.options.cbegin(); it != spec.options.cend(); ++it)
        list << it.key() + u'=' + it.value();
    return list.join(u';');
}

} // namespace

Connection::Open Connection::open(const ConnectionSpec &spec, Mode mode, const ConnectOptions &options)
{
    Open result;
    if (spec.dialect == Dialect::SQLite) {
        const QFileInfo file(spec.path);
        if (mode == Mode::ReadOnly && !file.exists()) {
            result.databaseMissing = true;
            return result;
        }
        if (!file.dir().exists()) {
            result.error = tr("%1: the folder %2 does not exist").arg(spec.display(), file.dir().path());
            return result;
        }
    }
    static const char *drivers[] = {"QSQLITE", "QPSQL", "QMYSQL"};
    const QString driver = QString::fromLatin1(drivers[int(spec.dialect)]);
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        result.error = tr("%1: the Qt SQL driver %2 is not installed").arg(spec.display(), driver);
        return result;
    }
    const QString name = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        if (spec.dialect == Dialect::SQLite) {
            db.setDatabaseName(spec.path);
        } else {
            db.setHostName(spec.host);
            if (spec.port)
                db.setPort(spec.port);
            db.setDatabaseName(spec.database);
            db.setUserName(spec.user);
            db.setPassword(options.password);
        }
        db.setConnectOptions(connectOptions(spec, mode, options));
        if (db.open()) {
            result.connection.reset(new Connection(spec, db, options));
            return result;
        }
        result.error = tr("%1: %2").arg(spec.display(), db.lastError().text());
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace godwit
