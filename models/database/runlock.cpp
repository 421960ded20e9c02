#include "runlock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RunLock)
};

// A run locks the history it writes, no more. PostgreSQL's advisory locks belong to one
// database already: the key is the history's schema, hashed into 64 bits ("godwit" in ASCII
// where no schema is known). MySQL's GET_LOCK is server-wide: the name carries the database,
// hashed where the name would pass GET_LOCK's 64 characters.
qint64 advisoryKey(const Connection &connection)
{
    const QString schema = connection.historySchema();
    if (schema.isEmpty())
        return 0x676f64776974;
    return advisoryLockKey(QByteArray("godwit.migrations ") + schema.toUtf8());
}

QString mysqlLockName(const Connection &connection)
{
    const QString name = QStringLiteral("godwit.migrations.") + connection.spec().database;
    if (name.size() <= 64)
        return name;
    const QByteArray digest = QCryptographicHash::hash(connection.spec().database.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("godwit.migrations.") + QString::fromLatin1(digest.toHex().left(40));
}

QString holderOnPostgres(Connection &connection)
{
    QSqlQuery q(connection.database());
    q.prepare(QStringLiteral(
        "SELECT a.pid, coalesce(a.application_name, ''), coalesce(host(a.client_addr), 'local'),"
        " coalesce(a.xact_start, a.backend_start)::text"
        " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
        " WHERE l.locktype = 'advisory' AND l.granted AND l.objid = ? AND l.classid = ?"));
    q.addBindValue(qint64(advisoryKey(connection) & 0xffffffff));
    q.addBindValue(qint64(quint64(advisoryKey(connection)) >> 32));
    if (q.exec() && q.next()) {
        return Text::tr("another run holds the migration lock: server process %1 (%2, from %3), connected since %4")
            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
    }
    return Text::tr("another run holds the migration lock");
}

QString holderOnMysql(Connection &connection)
{
    QSqlQuery q(connection.database());
    q.prepare(QStringLiteral("SELECT p.ID, p.USER, p.HOST, p.TIME FROM information_schema.PROCESSLIST p"
                             " WHERE p.ID = IS_USED_LOCK(?)"));
    q.addBindValue(mysqlLockName(connection));
    if (q.exec() && q.next()) {
        return Text::tr("another run holds the migration lock: connection %1 (%2 from %3), for %4 s")
            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
    }
    return Text::tr("another run holds the migration lock");
}

} // namespace

qint64 advisoryLockKey(const QByteArray &text)
{
    const QByteArray digest = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
    qint64 key = 0;
    for (int i = 0; i < 8; ++i)
        key = (key << 8) | quint8(digest.at(i));
    return key;
}

RunLock::RunLock(Connection &connection)
    : m_connection(connection)
{
}

RunLock::~RunLock()
{
    QSqlQuery q(m_connection.database());
    if (m_connection.dialect() == Dialect::PostgreSQL) {
        q.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
        q.addBindValue(advisoryKey(m_connection));
    } else {
        q.prepare(QStringLiteral("SELECT RELEASE_LOCK(?)"));
        q.addBindValue(mysqlLockName(m_connection));
    }
    q.exec();
}

RunLock::Acquire RunLock::acquire(Connection &connection, int timeoutSeconds)
{
    Acquire result;
    QSqlQuery q(connection.database());
    if (connection.dialect() == Dialect::MySQL) {
        // GET_LOCK waits by itself; 1 granted, 0 timed out, NULL an error.
        q.prepare(QStringLiteral("SELECT GET_LOCK(?, ?)"));
        q.addBindValue(mysqlLockName(connection));
        q.addBindValue(timeoutSeconds);
        if (!q.exec() || !q.next()) {
            result.error = q.lastError().text();
            return result;
        }
        if (q.value(0).toInt() == 1) {
            result.lock.reset(new RunLock(connection));
            return result;
        }
        q.finish();
        result.error = holderOnMysql(connection);
        return result;
    }
    // pg_advisory_lock would wait without a limit; try, and try again, until the deadline.
    const QDeadlineTimer deadline(qint64(timeoutSeconds) * 1000);
    q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?)"));
    for (;;) {
        q.addBindValue(advisoryKey(connection));
        if (!q.exec() || !q.next()) {
            result.error = q.lastError().text();
            return result;
        }
        if (q.value(0).toBool()) {
            result.lock.reset(new RunLock(connection));
            return result;
        }
        q.finish();
        if (deadline.hasExpired())
            break;
        QThread::msleep(100);
    }
    result.error = holderOnPostgres(connection);
    return result;
}

} // namespace godwit
