#include "sqlitedriver.h"

#include "database/connection.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace godwit::drivers {

bool SqliteDriver::tableExists(Connection &connection, const QString &qualifier, const QString &name, const QString &) const
{
    if (qualifier.isEmpty())
        return connection.database().tables().contains(name);
    QSqlQuery q(connection.database());
    q.prepare(u"SELECT count(*) FROM %1.sqlite_master WHERE type = 'table' AND name = ?"_s
                  .arg(quotedIdentifier(Dialect::SQLite, qualifier)));
    q.addBindValue(name);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

// sqitch's registry_uri: the database file's name with its stem replaced by "sqitch".
QString SqliteDriver::sqitchRegistry(Connection &connection) const
{
    const QFileInfo database(connection.spec().path);
    const QString suffix = database.completeSuffix();
    const QString registry = database.dir().filePath(suffix.isEmpty() ? u"sqitch"_s : u"sqitch."_s + suffix);
    if (connection.spec().path.isEmpty() || !QFileInfo::exists(registry))
        return {};
    QSqlQuery q(connection.database());
    if (q.exec(u"PRAGMA database_list"_s)) {
        while (q.next()) {
            if (q.value(1).toString() == u"sqitch")
                return u"sqitch"_s;
        }
    }
    q.prepare(u"ATTACH DATABASE ? AS sqitch"_s);
    q.addBindValue(registry);
    return q.exec() ? u"sqitch"_s : QString();
}

void SqliteDriver::releaseSqitchRegistry(Connection &connection) const
{
    QSqlQuery q(connection.database());
    q.exec(u"DETACH DATABASE sqitch"_s);
}

QString SqliteDriver::sqitchNow() const
{
    return u"strftime('%Y-%m-%d %H:%M:%f')"_s; // UTC, to the millisecond
}

bool SqliteDriver::hasColumn(Connection &connection, const QString &, const QString &name, const QString &,
                             const QString &column) const
{
    QSqlQuery q(connection.database());
    q.prepare(u"SELECT count(*) FROM pragma_table_info(?) WHERE name = ?"_s);
    q.addBindValue(name);
    q.addBindValue(column);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

// RAISE(ABORT) in triggers that say IF NOT EXISTS themselves.
AuditProtection SqliteDriver::auditProtection(const QString &, const QString &table) const
{
    const auto trigger = [&](const char *name, const char *when) {
        return u"CREATE TRIGGER IF NOT EXISTS %1 %2 ON %3 BEGIN SELECT RAISE(ABORT, '%4'); END"_s.arg(
            QLatin1String(name), QLatin1String(when), table, QLatin1String(auditTriggers::refusal));
    };
    return {{}, {trigger(auditTriggers::noUpdate, "BEFORE UPDATE"), trigger(auditTriggers::noDelete, "BEFORE DELETE")},
            false};
}

// The write lock: inside a transaction Godwit opened with BEGIN IMMEDIATE it is held already.
bool SqliteDriver::lockAuditLog(Connection &connection, const QString &, AuditOpened &opened, QString *error) const
{
    auto *handle = static_cast<sqlite3 *>(connection.nativeHandle("sqlite3*"));
    if (handle && sqlite3_get_autocommit(handle)) {
        if (!execute(connection, u"BEGIN IMMEDIATE"_s, error))
            return false;
        opened = AuditOpened::Transaction;
    }
    return true;
}

} // namespace godwit::drivers
