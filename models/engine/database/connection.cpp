#include "connection.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {
// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
};

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
    if (m_spec.dialect == Dialect::PostgreSQL && q.exec(QStringLiteral("SHOW server_version_num")) && q.next())
        m_serverVersionNumber = q.value(0).toInt();
}

QString Connection::serverVersion()
{
    if (!m_serverVersion) {
        QSqlQuery q(m_db);
        m_serverVersion = m_spec.dialect == Dialect::MySQL && q.exec(QStringLiteral("SELECT VERSION()")) && q.next()
                              ? q.value(0).toString()
                              : QString();
    }
    return *m_serverVersion;
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

void *Connection::nativeHandle(const char *typeName)
{
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), typeName) != 0)
        return nullptr;
    return *static_cast<void *const *>(handle.data());
}

Connection::Open Connection::openSibling(const QString &databaseOrPath) const
{
    ConnectionSpec spec = m_spec;
    if (spec.dialect == Dialect::SQLite)
        spec.path = databaseOrPath;
    else
        spec.database = databaseOrPath;
    spec.profileName.clear();
    return open(spec, Mode::ReadWrite, m_options);
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
        // TCP keepalives: a cut network is an error within about a minute, never a hang.
        list << QStringLiteral("connect_timeout=%1").arg(options.connectTimeoutSeconds)
             << QStringLiteral("keepalives=1") << QStringLiteral("keepalives_idle=30")
             << QStringLiteral("keepalives_interval=10") << QStringLiteral("keepalives_count=3")
             << QStringLiteral("application_name=godwit");
        break;
    case Dialect::MySQL:
        list << QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1").arg(options.connectTimeoutSeconds);
        break;
    }
    for (auto it = spec.options.cbegin(); it != spec.options.cend(); ++it)
        list << it.key() + u'=' + it.value();
    return list.join(u';');
}

// The schema that holds Godwit's tables: where the project's own search_path puts a new
// table, asked of the server before the run's search_path is set.
QString resolveHistorySchema(QSqlDatabase &db, const ConnectOptions &options)
{
    QSqlQuery q(db);
    if (!options.historySchema.isEmpty()) {
        q.prepare(u"SELECT set_config('search_path', ?, false)"_s);
        q.addBindValue(options.historySchema);
        q.exec();
    }
    const QString schema = q.exec(u"SELECT current_schema()"_s) && q.next() ? q.value(0).toString() : QString();
    if (!options.historySchema.isEmpty())
        q.exec(u"RESET search_path"_s);
    return schema;
}

// Session settings go through bound parameters (set_config), never into SQL text.
QString applySession(QSqlDatabase &db, Dialect dialect, const ConnectOptions &options)
{
    auto run = [&](const QString &sql, const QVariant &value) -> QString {
        QSqlQuery q(db);
        q.prepare(sql);
        q.addBindValue(value);
        return q.exec() ? QString() : q.lastError().text();
    };
    if (dialect == Dialect::PostgreSQL) {
        const std::pair<const char *, QString> settings[] = {
            {"lock_timeout", options.lockTimeout},
            {"statement_timeout", options.statementTimeout},
            {"search_path", options.schema},
        };
        for (const auto &[name, value] : settings) {
            if (value.isEmpty())
                continue;
            if (const QString error = run(u"SELECT set_config('"_s + QLatin1String(name) + u"', ?, false)"_s, value);
                !error.isEmpty())
                return QCoreApplication::translate("Connection", "cannot set %1 to \"%2\": %3")
                    .arg(QLatin1String(name), value, error);
        }
    } else if (dialect == Dialect::MySQL && !options.lockTimeout.isEmpty()) {
        const auto ms = parseDuration(options.lockTimeout);
        if (!ms)
            return QCoreApplication::translate("Connection", "\"%1\" is no duration").arg(options.lockTimeout);
        if (const QString error = run(u"SET SESSION lock_wait_timeout = ?"_s, qMax<qint64>(1, (*ms + 999) / 1000));
            !error.isEmpty())
            return error;
    }
    return {};
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
            result.error = Text::tr("%1: the folder %2 does not exist").arg(spec.display(), file.dir().path());
            return result;
        }
    }
    static const char *drivers[] = {"QSQLITE", "QPSQL", "QMYSQL"};
    const QString driver = QString::fromLatin1(drivers[int(spec.dialect)]);
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        result.error = Text::tr("%1: the Qt SQL driver %2 is not installed").arg(spec.display(), driver);
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
            const QString historySchema =
                spec.dialect == Dialect::PostgreSQL ? resolveHistorySchema(db, options) : QString();
            if (const QString error = applySession(db, spec.dialect, options); !error.isEmpty()) {
                result.error = Text::tr("%1: %2").arg(spec.display(), error);
                db.close();
            } else {
                result.connection.reset(new Connection(spec, db, options));
                result.connection->m_historySchema = historySchema;
                return result;
            }
        } else {
            result.error = Text::tr("%1: %2").arg(spec.display(), db.lastError().text());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace godwit
