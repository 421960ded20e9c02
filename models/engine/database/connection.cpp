#include "connection.h"

#include "drivers/enginedriver.h"

#include <QAtomicInteger>
#include <QCoreApplication>
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
    GODWIT_DECLARE_TR_FUNCTIONS(Connection)
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
    m_serverVersionNumber = driver().serverVersionNumber(m_db);
}

const EngineDriver &Connection::driver() const
{
    return engineDriver(m_spec.dialect);
}

QString Connection::serverVersion()
{
    if (!m_serverVersion)
        m_serverVersion = driver().serverVersion(m_db);
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

Connection::Open Connection::open(const ConnectionSpec &spec, Mode mode, const ConnectOptions &options)
{
    Open result;
    const EngineDriver &driver = engineDriver(spec.dialect);
    result.error = driver.precheck(spec, mode == Mode::ReadOnly, &result.databaseMissing);
    if (!result.error.isEmpty() || result.databaseMissing)
        return result;
    if (!QSqlDatabase::isDriverAvailable(driver.qtDriver())) {
        result.error = Text::msg("%1: the Qt SQL driver %2 is not installed").arg(spec.display(), driver.qtDriver());
        return result;
    }
    const QString name = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver.qtDriver(), name);
        driver.address(db, spec, mode == Mode::ReadOnly, options);
        if (db.open()) {
            QString historySchema;
            if (const Message error = driver.startSession(db, options, &historySchema); !error.isEmpty()) {
                result.error = Message(u"%1: %2"_s).arg(spec.display(), error);
                db.close();
            } else {
                result.connection.reset(new Connection(spec, db, options));
                result.connection->m_historySchema = historySchema;
                return result;
            }
        } else {
            result.error = Message(u"%1: %2"_s).arg(spec.display(), db.lastError().text());
            result.needsPassword = driver.wantsPassword(db.lastError());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString queryError(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

} // namespace godwit
