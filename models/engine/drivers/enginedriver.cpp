#include "enginedriver.h"

#include "mysql/mysqldriver.h"
#include "postgresql/postgresdriver.h"
#include "serverdriver_p.h"
#include "sqlite/sqlitedriver.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace godwit {

Message EngineDriver::precheck(const ConnectionSpec &, bool, bool *) const
{
    return {};
}

bool EngineDriver::wantsPassword(const QSqlError &) const
{
    return false;
}

Message EngineDriver::startSession(QSqlDatabase &, const ConnectOptions &, QString *) const
{
    return {};
}

int EngineDriver::serverVersionNumber(QSqlDatabase &) const
{
    return 0;
}

QString EngineDriver::serverVersion(QSqlDatabase &) const
{
    return {};
}

QString EngineDriver::beginTransaction() const
{
    return u"BEGIN"_s;
}

bool EngineDriver::hasRunLock() const
{
    return false;
}

int EngineDriver::tryRunLock(Connection &, QString *) const
{
    return 1;
}

int EngineDriver::runLockPauseMs() const
{
    return 0;
}

QString EngineDriver::releaseRunLock(Connection &) const
{
    return {};
}

QString EngineDriver::runLockHolder(Connection &) const
{
    return {};
}

QString EngineDriver::noTransactionReason(const Connection &, const QList<Statement> &, QStringList &) const
{
    return {};
}

InTransaction EngineDriver::inTransactionForm(const Connection &, const QString &sql) const
{
    return {InTransaction::Kind::AsIs, sql, {}};
}

bool EngineDriver::sessionInTransaction(Connection &) const
{
    return false;
}

QString EngineDriver::readContainmentScope(Connection &, Connection &, ContainmentScope &) const
{
    return {};
}

bool EngineDriver::scratchOnServer() const
{
    return false;
}

QStringList EngineDriver::scratchDatabases(Connection &) const
{
    return {};
}

QChar EngineDriver::scratchOwnerMark() const
{
    return {};
}

std::optional<qint64> EngineDriver::sessionNumber(Connection &, QString *) const
{
    return std::nullopt;
}

bool EngineDriver::markScratchOwner(Connection &, const QString &, QString *) const
{
    return false;
}

bool EngineDriver::scratchOwnerAlive(Connection &, const QString &, qint64) const
{
    return true;
}

QString EngineDriver::createDatabaseStatement(Connection &, const QString &) const
{
    return {};
}

QString EngineDriver::dropDatabaseStatement(const QString &) const
{
    return {};
}

QString EngineDriver::copyBeforeOpening(Connection &, const QString &, ScratchDatabase::Content,
                                        const std::atomic_bool *, RowSample *) const
{
    return {};
}

QString EngineDriver::copyAfterOpening(Connection &, Connection &, const QString &, ScratchDatabase::Content,
                                       QList<NotRehearsable> &, RowSample *, const std::atomic_bool *) const
{
    return {};
}

QString EngineDriver::noTransactionalDryRun() const
{
    return {};
}

QList<Message> EngineDriver::dryRunMethodNotes(const DryRunMethodChoice &, bool) const
{
    return {};
}

QString EngineDriver::historyQualifier(Connection &) const
{
    return {};
}

QString EngineDriver::sessionQualifier(Connection &) const
{
    return {};
}

QString EngineDriver::sqitchRegistry(Connection &) const
{
    return QStringLiteral("sqitch");
}

void EngineDriver::releaseSqitchRegistry(Connection &) const {}

QVariant EngineDriver::sqitchTime(const QDateTime &at) const
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString EngineDriver::sqitchList(const QStringList &items, const QString &separator, QVariantList &values) const
{
    values.append(QVariant(items.isEmpty() ? QStringLiteral("") : items.join(separator))); // '', not NULL
    return QStringLiteral("?");
}

QString EngineDriver::tableOptions() const
{
    return {};
}

QString EngineDriver::lockingRead() const
{
    return {};
}

QString EngineDriver::valuesDiffer(const QString &a, const QString &b) const
{
    return a + u" IS DISTINCT FROM "_s + b;
}

QString EngineDriver::comparable(const QString &expression) const
{
    return expression;
}

QString EngineDriver::indexTemporaryTable(const QString &copy, const QString &name, const QString &columns) const
{
    return u"CREATE INDEX "_s + name + u" ON "_s + copy + u" ("_s + columns + u')';
}

QString EngineDriver::dropTemporaryTable(const QString &name) const
{
    return u"DROP TABLE "_s + name;
}

std::optional<Introspection> EngineDriver::introspectNamed(Connection &, const QStringList &) const
{
    return std::nullopt;
}

bool EngineDriver::tracesLocks() const
{
    return false;
}

QList<HeldLock> EngineDriver::heldLocks(Connection &) const
{
    return {};
}

QHash<QString, TableStorage> EngineDriver::tableStorage(Connection &, const QStringList &, bool) const
{
    return {};
}

Message EngineDriver::lockEffect(const HeldLock &) const
{
    return {};
}

std::unique_ptr<StatementWatch> EngineDriver::statementWatch(Connection &) const
{
    return nullptr;
}

int EngineDriver::countTriggers(Connection &, const QString &, const QStringList &, QString *) const
{
    return 0;
}

QString EngineDriver::dropTriggerStatement(const QString &, const QString &) const
{
    return {};
}

QString EngineDriver::backupName(const ConnectionSpec &target) const
{
    return target.database;
}

QStringList EngineDriver::clientArguments(const ConnectionSpec &) const
{
    return {};
}

QString EngineDriver::clientPasswordVariable() const
{
    return {};
}

bool EngineDriver::execute(Connection &connection, const QString &sql, QString *error)
{
    QSqlQuery q(connection.database());
    if (q.exec(sql))
        return true;
    *error = queryError(q);
    return false;
}

const EngineDriver &engineDriver(Dialect dialect)
{
    static const drivers::SqliteDriver sqlite;
    static const drivers::PostgresDriver postgres;
    static const drivers::MysqlDriver mysql;
    switch (dialect) {
    case Dialect::SQLite: return sqlite;
    case Dialect::PostgreSQL: return postgres;
    case Dialect::MySQL: return mysql;
    }
    return sqlite;
}

namespace drivers {

void ServerDriver::address(QSqlDatabase &db, const ConnectionSpec &spec, bool, const ConnectOptions &options) const
{
    db.setHostName(spec.host);
    if (spec.port)
        db.setPort(spec.port);
    db.setDatabaseName(spec.database);
    db.setUserName(spec.user);
    db.setPassword(options.password);
    // The profile's or URL's driver options as they are (libpq's sslmode, sslrootcert…;
    // QMYSQL's SSL_CA, SSL_CERT…), after the engine's own.
    QStringList list = serverOptions(options);
    for (auto it = spec.options.cbegin(); it != spec.options.cend(); ++it)
        list << it.key() + u'=' + it.value();
    db.setConnectOptions(list.join(u';'));
}

InterruptTarget ServerDriver::interruptTarget(Connection &connection) const
{
    return {nullptr, number(connection.database(), sessionIdQuery())};
}

void ServerDriver::interrupt(const Connection &connection, const InterruptTarget &target) const
{
    // From a connection of this thread's own: the run's connection is busy.
    auto other = connection.openAnother();
    if (!other.connection)
        return;
    QSqlQuery q(other.connection->database());
    q.exec(cancelStatement().arg(target.session)); // a number read from the server, not input
}

bool ServerDriver::hasRunLock() const
{
    return true;
}

bool ServerDriver::scratchOnServer() const
{
    return true;
}

std::optional<qint64> ServerDriver::sessionNumber(Connection &owner, QString *error) const
{
    QSqlQuery q(owner.database());
    if (!q.exec(sessionIdQuery()) || !q.next()) {
        *error = queryError(q);
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

qint64 ServerDriver::number(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

int ServerDriver::tryRunLock(Connection &connection, QString *error) const
{
    QSqlQuery q(connection.database());
    q.prepare(tryLockStatement());
    q.addBindValue(runLockKey(connection));
    if (!q.exec() || !q.next() || q.value(0).isNull()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt() == 1 ? 1 : 0;
}

QString ServerDriver::releaseRunLock(Connection &connection) const
{
    QSqlQuery q(connection.database());
    q.prepare(releaseLockStatement());
    q.addBindValue(runLockKey(connection));
    return q.exec() ? QString() : q.lastError().text();
}

QStringList ServerDriver::scratchDatabases(Connection &target) const
{
    QSqlQuery q(target.database());
    q.prepare(scratchListQuery());
    q.addBindValue(u"godwit\\_scratch\\_%"_s);
    QStringList names;
    if (q.exec()) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}

bool ServerDriver::markScratchOwner(Connection &owner, const QString &name, QString *error) const
{
    QSqlQuery q(owner.database());
    q.prepare(scratchOwnerStatement());
    q.addBindValue(name);
    if (q.exec() && q.next() && q.value(0).toInt() == 1)
        return true;
    *error = queryError(q);
    return false;
}

QStringList ServerDriver::clientArguments(const ConnectionSpec &server) const
{
    QStringList args;
    if (!server.host.isEmpty())
        args << u"--host"_s << server.host;
    if (server.port)
        args << u"--port"_s << QString::number(server.port);
    if (!server.user.isEmpty())
        args << clientUserOption() << server.user;
    return args;
}

int ServerDriver::triggerCount(QSqlQuery &q, const QStringList &names, QString *error)
{
    for (const QString &name : names)
        q.addBindValue(name);
    if (!q.exec() || !q.next()) {
        *error = queryError(q);
        return -1;
    }
    return q.value(0).toInt();
}

} // namespace drivers

} // namespace godwit
