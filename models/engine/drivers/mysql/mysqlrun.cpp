#include "mysqldriver.h"

#include "database/transactions.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
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

struct TransactionText
{
    Q_DECLARE_TR_FUNCTIONS(Transactions)
};

} // namespace

// Every statement but reads and row changes commits implicitly (DDL, LOCK TABLES, GRANT,
// LOAD DATA, a CALL whose body may): a transaction holds a migration only when it has
// none of them.
QString MysqlDriver::noTransactionReason(const Connection &, const QList<Statement> &statements, QStringList &) const
{
    static const QRegularExpression rowWork(u"^\\s*\\(*\\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|WITH|VALUES|TABLE|DO"
                                            u"|PREPARE|EXECUTE|DEALLOCATE"
                                            u"|SET\\b(?!\\s+(@@)?(GLOBAL|PERSIST|autocommit|TRANSACTION|PASSWORD)\\b))\\b"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    for (const Statement &statement : statements) {
        if (isTransactionControl(statement.sql))
            return transactionControlReason(statement);
        if (!rowWork.match(statement.sql).hasMatch())
            return TransactionText::tr("MySQL and MariaDB commit %1 implicitly (at %2)")
                .arg(statement.sql.simplified().section(u' ', 0, 0).toUpper(), statement.location.toString());
    }
    return {};
}

namespace {

// A run locks the history it writes, no more. GET_LOCK is server-wide: the name carries the
// database, hashed where the name would pass GET_LOCK's 64 characters.
QString lockName(const Connection &connection)
{
    const QString name = u"godwit.migrations."_s + connection.spec().database;
    if (name.size() <= 64)
        return name;
    const QByteArray digest = QCryptographicHash::hash(connection.spec().database.toUtf8(), QCryptographicHash::Sha256);
    return u"godwit.migrations."_s + QString::fromLatin1(digest.toHex().left(40));
}

} // namespace

QVariant MysqlDriver::runLockKey(const Connection &connection) const
{
    return lockName(connection);
}

QString MysqlDriver::tryLockStatement() const
{
    // GET_LOCK waits by itself, a second at a time so that a cancel is heard.
    return u"SELECT GET_LOCK(?, 1)"_s;
}

QString MysqlDriver::releaseLockStatement() const
{
    return u"SELECT RELEASE_LOCK(?)"_s;
}

QString MysqlDriver::runLockHolder(Connection &connection) const
{
    QSqlQuery q(connection.database());
    q.prepare(u"SELECT p.ID, p.USER, p.HOST, coalesce(p.DB, ''), p.TIME FROM information_schema.PROCESSLIST p"
              u" WHERE p.ID = IS_USED_LOCK(?)"_s);
    q.addBindValue(lockName(connection));
    if (!q.exec() || !q.next())
        return {};
    return Text::tr("another run holds the migration lock: connection %1 (user %2 from %3, database %4), for %5 s")
        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
             q.value(4).toString());
}

// Every database but the scratch is outside: the target's own name even if the list could
// not be read.
QString MysqlDriver::readContainmentScope(Connection &target, Connection &, ContainmentScope &scope) const
{
    QSqlQuery q(target.database());
    if (q.exec(u"SELECT SCHEMA_NAME FROM information_schema.SCHEMATA"_s)) {
        while (q.next())
            scope.otherDatabases.insert(q.value(0).toString().toCaseFolded());
    }
    if (q.exec(u"SELECT DATABASE()"_s) && q.next() && !q.value(0).isNull())
        scope.otherDatabases.insert(q.value(0).toString().toCaseFolded());
    scope.otherDatabases.remove(scope.scratchDatabase.toCaseFolded());
    return {};
}

} // namespace godwit::drivers
