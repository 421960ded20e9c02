#include "mysqldriver.h"

#include "mysqlschemacopy.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace godwit::drivers {

namespace {

// The strings of dry runs, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DryRun)
};

} // namespace

QString MysqlDriver::scratchListQuery() const
{
    return u"SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE ? ORDER BY 1"_s;
}

// The owner session holds GET_LOCK(name).
QChar MysqlDriver::scratchOwnerMark() const
{
    return u'c';
}

QString MysqlDriver::scratchOwnerStatement() const
{
    return u"SELECT GET_LOCK(?, 0)"_s;
}

// Alive while IS_FREE_LOCK(name) is 0: the server frees the lock when the session ends
// however it ends, and, unlike PROCESSLIST, it needs no PROCESS privilege to see another
// user's session.
bool MysqlDriver::scratchOwnerAlive(Connection &connection, const QString &name, qint64) const
{
    QSqlQuery q(connection.database());
    q.prepare(u"SELECT IS_FREE_LOCK(?)"_s);
    q.addBindValue(name);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return true;
    return q.value(0).toInt() == 0;
}

// With the target's character set and collation.
QString MysqlDriver::createDatabaseStatement(Connection &owner, const QString &name) const
{
    QString create = u"CREATE DATABASE "_s + quotedIdentifier(Dialect::MySQL, name);
    QSqlQuery q(owner.database());
    if (q.exec(u"SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA"
               u" WHERE SCHEMA_NAME = DATABASE()"_s)
        && q.next()) {
        create += u" CHARACTER SET "_s + q.value(0).toString() + u" COLLATE "_s + q.value(1).toString();
    }
    return create;
}

QString MysqlDriver::dropDatabaseStatement(const QString &name) const
{
    return u"DROP DATABASE IF EXISTS "_s + quotedIdentifier(Dialect::MySQL, name);
}

QString MysqlDriver::copyAfterOpening(Connection &target, Connection &scratch, const QString &name,
                                      ScratchDatabase::Content content, QList<NotRehearsable> &notRehearsable,
                                      RowSample *sample, const std::atomic_bool *cancel) const
{
    return content == ScratchDatabase::Content::SchemaCopy
               ? copyMysqlSchema(target, scratch, name, notRehearsable, sample, cancel)
               : QString();
}

// DDL commits implicitly: no transaction can hold a dry run.
DryRunMethodChoice MysqlDriver::autoDryRunMethod(bool) const
{
    return {DryRunMethod::Copy, u"mysql-implicit-commit"_s};
}

QString MysqlDriver::noTransactionalDryRun() const
{
    return Text::tr("MySQL and MariaDB commit DDL implicitly, so no transaction can hold a dry run");
}

} // namespace godwit::drivers
