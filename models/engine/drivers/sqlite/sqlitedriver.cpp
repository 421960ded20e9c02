#include "sqlitedriver.h"

#include "sqliteintrospection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace godwit::drivers {

QString SqliteDriver::qtDriver() const
{
    return u"QSQLITE"_s;
}

QString SqliteDriver::precheck(const ConnectionSpec &spec, bool readOnly, bool *missing) const
{
    const QFileInfo file(spec.path);
    if (readOnly && !file.exists()) {
        *missing = true;
        return {};
    }
    if (!file.dir().exists())
        return QCoreApplication::translate("Connection", "%1: the folder %2 does not exist")
            .arg(spec.display(), file.dir().path());
    return {};
}

void SqliteDriver::address(QSqlDatabase &db, const ConnectionSpec &spec, bool readOnly,
                           const ConnectOptions &options) const
{
    db.setDatabaseName(spec.path);
    QStringList list{u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs)};
    if (readOnly)
        list << u"QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(list.join(u';'));
}

QString SqliteDriver::beginTransaction() const
{
    // The write lock now (waiting up to busy_timeout), not at the first write.
    return u"BEGIN IMMEDIATE"_s;
}

InterruptTarget SqliteDriver::interruptTarget(Connection &connection) const
{
    return {connection.nativeHandle("sqlite3*"), 0};
}

void SqliteDriver::interrupt(const Connection &, const InterruptTarget &target) const
{
    if (target.handle) // else the run stops at the next statement boundary
        sqlite3_interrupt(static_cast<sqlite3 *>(target.handle));
}

Introspection SqliteDriver::introspect(Connection &connection) const
{
    return introspectSqlite(connection);
}

} // namespace godwit::drivers
