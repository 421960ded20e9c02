#include "runlock.h"

#include "enginelog.h"

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

// How often a waiting run says who holds the lock, and how long one try waits.
constexpr qint64 reportEveryMs = 5000;
constexpr int mysqlTrySeconds = 1;

QString holderOnPostgres(Connection &connection)
{
    QSqlQuery q(connection.database());
    q.prepare(QStringLiteral(
        "SELECT a.pid, coalesce(a.application_name, ''), coalesce(host(a.client_addr), 'local'),"
        " coalesce(a.usename::text, ''), coalesce(a.xact_start, a.backend_start)::text"
        " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
        " WHERE l.locktype = 'advisory' AND l.granted AND l.objid = ? AND l.classid = ?"));
    q.addBindValue(qint64(advisoryKey(connection) & 0xffffffff));
    q.addBindValue(qint64(quint64(advisoryKey(connection)) >> 32));
    if (q.exec() && q.next()) {
        return Text::tr("another run holds the migration lock: server process %1 (%2, user %3, from %4), connected "
                        "since %5")
            .arg(q.value(0).toString(), q.value(1).toString(), q.value(3).toString(), q.value(2).toString(),
                 q.value(4).toString());
    }
    return Text::tr("another run holds the migration lock");
}

QString holderOnMysql(Connection &connection)
{
    QSqlQuery q(connection.database());
    q.prepare(QStringLiteral("SELECT p.ID, p.USER, p.HOST, coalesce(p.DB, ''), p.TIME FROM information_schema.PROCESSLIST p"
                             " WHERE p.ID = IS_USED_LOCK(?)"));
    q.addBindValue(mysqlLockName(connection));
    if (q.exec() && q.next()) {
        return Text::tr("another run holds the migration lock: connection %1 (user %2 from %3, database %4), for %5 s")
            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                 q.value(4).toString());
    }
    return Text::tr("another run holds the migration lock");
}

QString holder(Connection &connection)
{
    return connection.dialect() == Dialect::PostgreSQL ? holderOnPostgres(connection) : holderOnMysql(connection);
}

// One try: 1 taken, 0 held by another, -1 an error (error set).
int tryLock(Connection &connection, QString *error)
{
    QSqlQuery q(connection.database());
    if (connection.dialect() == Dialect::MySQL) {
        // GET_LOCK waits by itself, a second at a time so that a cancel is heard; NULL is an error.
        q.prepare(QStringLiteral("SELECT GET_LOCK(?, ?)"));
        q.addBindValue(mysqlLockName(connection));
        q.addBindValue(mysqlTrySeconds);
    } else {
        // pg_advisory_lock would wait without a limit and without a word.
        q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?)"));
        q.addBindValue(advisoryKey(connection));
    }
    if (!q.exec() || !q.next() || q.value(0).isNull()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt() == 1 ? 1 : 0;
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
    // A lock that cannot be released goes with the session, which ends with the connection.
    if (!q.exec())
        qCWarning(lcEngine, "%s: the run lock was not released: %s", qUtf8Printable(m_connection.spec().display()),
                  qUtf8Printable(q.lastError().text()));
}

RunLock::Acquire RunLock::acquire(Connection &connection, int timeoutSeconds, const std::atomic_bool *cancel,
                                  const Waiting &waiting)
{
    Acquire result;
    const QDeadlineTimer deadline(qint64(timeoutSeconds) * 1000);
    QDeadlineTimer nextReport(0);
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    for (;;) {
        if (cancelled()) {
            result.error = Text::tr("cancelled while waiting for the migration lock");
            return result;
        }
        QString error;
        const int taken = tryLock(connection, &error);
        if (taken == 1) {
            result.lock.reset(new RunLock(connection));
            return result;
        }
        if (cancelled()) // the wait was interrupted
            continue;
        if (taken < 0) {
            result.error = error;
            return result;
        }
        if (deadline.hasExpired())
            break;
        if (waiting && nextReport.hasExpired()) {
            waiting(holder(connection));
            nextReport.setRemainingTime(reportEveryMs);
        }
        if (connection.dialect() == Dialect::PostgreSQL)
            QThread::msleep(100);
    }
    result.error = holder(connection);
    return result;
}

} // namespace godwit
