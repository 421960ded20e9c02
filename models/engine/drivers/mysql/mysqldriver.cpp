#include "mysqldriver.h"

#include "mysqlintrospection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace godwit::drivers {

namespace {

// The strings of this file, for Qt Linguist and at run time: the connection's messages.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Connection)
};

} // namespace

QString MysqlDriver::qtDriver() const
{
    return u"QMYSQL"_s;
}

QStringList MysqlDriver::serverOptions(const ConnectOptions &options) const
{
    return {u"MYSQL_OPT_CONNECT_TIMEOUT=%1"_s.arg(options.connectTimeoutSeconds)};
}

// ER_ACCESS_DENIED_ERROR: "Access denied for user … (using password: NO)".
bool MysqlDriver::wantsPassword(const QSqlError &error) const
{
    return error.nativeErrorCode() == u"1045" || error.text().contains(u"Access denied", Qt::CaseInsensitive);
}

Message MysqlDriver::startSession(QSqlDatabase &db, const ConnectOptions &options, QString *) const
{
    if (options.lockTimeout.isEmpty())
        return {};
    const auto ms = parseDuration(options.lockTimeout);
    if (!ms)
        return Text::msg("\"%1\" is no duration").arg(options.lockTimeout);
    QSqlQuery q(db);
    q.prepare(u"SET SESSION lock_wait_timeout = ?"_s);
    q.addBindValue(qMax<qint64>(1, (*ms + 999) / 1000));
    return q.exec() ? Message() : Message(q.lastError().text());
}

QString MysqlDriver::serverVersion(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    return q.exec(u"SELECT VERSION()"_s) && q.next() ? q.value(0).toString() : QString();
}

QString MysqlDriver::beginTransaction() const
{
    return u"START TRANSACTION"_s;
}

QString MysqlDriver::sessionIdQuery() const
{
    return u"SELECT CONNECTION_ID()"_s;
}

QString MysqlDriver::cancelStatement() const
{
    return u"KILL QUERY %1"_s;
}

Introspection MysqlDriver::introspect(Connection &connection) const
{
    return introspectMysql(connection);
}

std::optional<TableStats> MysqlDriver::tableStats(Connection &connection, const QString &table) const
{
    TableStats stats{table, -1, -1, {}};
    QSqlQuery q(connection.database());
    q.prepare(u"SELECT TABLE_ROWS, DATA_LENGTH + INDEX_LENGTH FROM information_schema.TABLES "
              "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"_s);
    q.addBindValue(table);
    if (!q.exec() || !q.next())
        return std::nullopt;
    stats.rows = q.value(0).toLongLong();
    stats.bytes = q.value(1).toLongLong();
    stats.source = u"information_schema.TABLES.TABLE_ROWS (an estimate)"_s;
    return stats;
}

QString MysqlDriver::identityColumn(const QString &name) const
{
    return name + u" BIGINT AUTO_INCREMENT PRIMARY KEY"_s;
}

} // namespace godwit::drivers
