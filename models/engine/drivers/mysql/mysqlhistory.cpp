#include "mysqldriver.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace godwit::drivers {

QString MysqlDriver::historyQualifier(Connection &connection) const
{
    return sessionQualifier(connection);
}

QString MysqlDriver::sessionQualifier(Connection &connection) const
{
    QSqlQuery q(connection.database());
    const bool found = q.exec(u"SELECT DATABASE()"_s) && q.next() && !q.value(0).isNull();
    return found ? q.value(0).toString() : QString();
}

QString MysqlDriver::sqitchNow() const
{
    return u"UTC_TIMESTAMP(6)"_s;
}

// Not QMYSQL's tables(): it puts the database's name into its query unescaped.
bool MysqlDriver::tableExists(Connection &connection, const QString &qualifier, const QString &name,
                              const QString &) const
{
    QSqlQuery q(connection.database());
    q.prepare(u"SELECT count(*) > 0 FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?"_s);
    q.addBindValue(qualifier);
    q.addBindValue(name);
    return q.exec() && q.next() && q.value(0).toBool();
}

bool MysqlDriver::hasColumn(Connection &connection, const QString &qualifier, const QString &name, const QString &,
                            const QString &column) const
{
    QSqlQuery q(connection.database());
    q.prepare(u"SELECT count(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?"
              u" AND COLUMN_NAME = ?"_s);
    q.addBindValue(qualifier);
    q.addBindValue(name);
    q.addBindValue(column);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

// MariaDB's default character set is still latin1; versions and errors are UTF-8.
QString MysqlDriver::tableOptions() const
{
    return u" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin"_s;
}

QString MysqlDriver::lockingRead() const
{
    return u" FOR UPDATE"_s;
}

AuditProtection MysqlDriver::auditProtection(const QString &, const QString &table) const
{
    const auto trigger = [&](const char *name, const char *when) {
        return u"CREATE TRIGGER %1 %2 ON %3 FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '%4'"_s.arg(
            QLatin1String(name), QLatin1String(when), table, QLatin1String(auditTriggers::refusal));
    };
    return {{}, {trigger(auditTriggers::noUpdate, "BEFORE UPDATE"), trigger(auditTriggers::noDelete, "BEFORE DELETE")}};
}

int MysqlDriver::countTriggers(Connection &connection, const QString &, const QStringList &names,
                               QString *error) const
{
    QSqlQuery q(connection.database());
    q.prepare(u"SELECT count(*) FROM information_schema.TRIGGERS WHERE EVENT_OBJECT_SCHEMA = DATABASE()"
              u" AND TRIGGER_NAME IN (?, ?, ?)"_s);
    return triggerCount(q, names, error);
}

QString MysqlDriver::dropTriggerStatement(const QString &name, const QString &) const
{
    return u"DROP TRIGGER IF EXISTS %1"_s.arg(name);
}

// The locking read (lockingRead()) does it, inside a transaction: MariaDB says whether one is
// open; where it cannot, the caller's is assumed.
bool MysqlDriver::lockAuditLog(Connection &connection, const QString &, AuditOpened &opened, QString *error) const
{
    QSqlQuery q(connection.database());
    if (q.exec(u"SELECT @@in_transaction"_s) && q.next() && q.value(0).toInt() == 0) {
        if (!execute(connection, u"START TRANSACTION"_s, error))
            return false;
        opened = AuditOpened::Transaction;
    }
    return true;
}

} // namespace godwit::drivers
