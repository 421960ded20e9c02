#include "sqlitedriver.h"

#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace godwit::drivers {

bool SqliteDriver::tableExists(Connection &connection, const QString &, const QString &name, const QString &) const
{
    return connection.database().tables().contains(name);
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
