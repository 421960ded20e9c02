#include "postgresdriver.h"

#include "database/runlock.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace godwit::drivers {

namespace {

// The strings of the run lock, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RunLock)
};

// A run locks the history it writes, no more. PostgreSQL's advisory locks belong to one
// database already: the key is the history's schema, hashed into 64 bits ("godwit" in ASCII
// where no schema is known).
qint64 advisoryKey(const Connection &connection)
{
    const QString schema = connection.historySchema();
    if (schema.isEmpty())
        return 0x676f64776974;
    return advisoryLockKey(QByteArray("godwit.migrations ") + schema.toUtf8());
}

} // namespace

QVariant PostgresDriver::runLockKey(const Connection &connection) const
{
    return advisoryKey(connection);
}

QString PostgresDriver::tryLockStatement() const
{
    // pg_advisory_lock would wait without a limit and without a word.
    return u"SELECT pg_try_advisory_lock(?)"_s;
}

int PostgresDriver::runLockPauseMs() const
{
    return 100;
}

QString PostgresDriver::releaseLockStatement() const
{
    return u"SELECT pg_advisory_unlock(?)"_s;
}

QString PostgresDriver::runLockHolder(Connection &connection) const
{
    QSqlQuery q(connection.database());
    q.prepare(u"SELECT a.pid, coalesce(a.application_name, ''), coalesce(host(a.client_addr), 'local'),"
              u" coalesce(a.usename::text, ''), coalesce(a.xact_start, a.backend_start)::text"
              u" FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
              u" WHERE l.locktype = 'advisory' AND l.granted AND l.objid = ? AND l.classid = ?"_s);
    q.addBindValue(qint64(advisoryKey(connection) & 0xffffffff));
    q.addBindValue(qint64(quint64(advisoryKey(connection)) >> 32));
    if (!q.exec() || !q.next())
        return {};
    return Text::tr("another run holds the migration lock: server process %1 (%2, user %3, from %4), connected "
                    "since %5")
        .arg(q.value(0).toString(), q.value(1).toString(), q.value(3).toString(), q.value(2).toString(),
             q.value(4).toString());
}

} // namespace godwit::drivers
