// What a MySQL/MariaDB dry run measures beyond running the plan: the round trip's row check,
// the metadata locks a migration's transaction holds (performance_schema.metadata_locks) and
// the tables a statement rebuilds (a new InnoDB table id).

#include "mysqldriver.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace godwit::drivers {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Locks)
};

// ?, ?, … for n bound values.
QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.fill(u"?"_s, n);
    return marks.join(u", "_s);
}

} // namespace

QString MysqlDriver::valuesDiffer(const QString &a, const QString &b) const
{
    return u"NOT ("_s + a + u" <=> "_s + b + u')';
}

QString MysqlDriver::dropTemporaryTable(const QString &name) const
{
    return u"DROP TEMPORARY TABLE "_s + name;
}

bool MysqlDriver::tracesLocks() const
{
    return true;
}

QString metadataLocksQuery(const QString &session)
{
    return u"SELECT m.OBJECT_NAME, m.LOCK_TYPE, m.LOCK_STATUS, m.LOCK_DURATION FROM performance_schema.metadata_locks m "
           "JOIN performance_schema.threads t ON t.THREAD_ID = m.OWNER_THREAD_ID "
           "WHERE t.PROCESSLIST_ID = %1 AND m.OBJECT_TYPE = 'TABLE' AND m.OBJECT_SCHEMA = DATABASE() "
           "ORDER BY 1, 2"_s.arg(session);
}

// The metadata locks the session's transaction holds on the database's tables (a DML
// statement's, to the COMMIT); none where performance_schema is off.
QList<HeldLock> MysqlDriver::heldLocks(Connection &connection) const
{
    QSqlQuery q(connection.database());
    QList<HeldLock> locks;
    if (!q.exec(metadataLocksQuery(u"CONNECTION_ID()"_s)))
        return locks;
    while (q.next()) {
        if (q.value(2).toString() == u"GRANTED" && q.value(3).toString() == u"TRANSACTION")
            locks << HeldLock{q.value(0).toString(), u"table"_s, q.value(1).toString()};
    }
    return locks;
}

// Names as written in a statement, matched without case (the tokens come lowered); the
// table id from InnoDB's dictionary (INNODB_SYS_TABLES on MariaDB, INNODB_TABLES on MySQL 8),
// 0 where neither can be read.
QHash<QString, TableStorage> MysqlDriver::tableStorage(Connection &connection, const QStringList &tables, bool) const
{
    QHash<QString, TableStorage> storage;
    if (tables.isEmpty())
        return storage;
    QStringList lowered;
    for (const QString &t : tables)
        lowered << t.toLower();
    QSqlQuery q(connection.database());
    q.prepare(u"SELECT TABLE_NAME, DATA_LENGTH + INDEX_LENGTH, TABLE_ROWS FROM information_schema.TABLES "
              "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' AND LOWER(TABLE_NAME) IN (%1)"_s
                  .arg(placeholders(lowered.size())));
    for (const QString &t : std::as_const(lowered))
        q.addBindValue(t);
    if (!q.exec())
        return storage;
    while (q.next())
        storage.insert(q.value(0).toString(), TableStorage{0, 0, q.value(1).toLongLong(), q.value(2).toLongLong()});
    if (storage.isEmpty())
        return storage;
    for (const QString &dictionary : {u"INNODB_SYS_TABLES"_s, u"INNODB_TABLES"_s}) {
        QSqlQuery ids(connection.database());
        if (!ids.exec(u"SELECT NAME, TABLE_ID FROM information_schema.%1 WHERE NAME LIKE CONCAT(DATABASE(), '/%')"_s.arg(
                dictionary)))
            continue;
        while (ids.next()) {
            const QString name = ids.value(0).toString().section(u'/', 1);
            if (auto it = storage.find(name); it != storage.end())
                it->objectId = it->node = ids.value(1).toLongLong();
        }
        break;
    }
    return storage;
}

// What each metadata lock type keeps others from doing (the MDL compatibility matrix in
// MySQL's mdl.cc); a shared read is what every query takes.
Message MysqlDriver::lockEffect(const HeldLock &lock) const
{
    const QString &r = lock.relation;
    if (lock.mode == u"SHARED_READ" || lock.mode == u"SHARED_HIGH_PRIO" || lock.mode == u"SHARED")
        return {};
    if (lock.mode == u"SHARED_WRITE" || lock.mode == u"SHARED_WRITE_LOW_PRIO")
        return Text::msg("blocks schema changes of %1; reads and writes go on").arg(r);
    if (lock.mode == u"SHARED_UPGRADABLE")
        return Text::msg("blocks other schema changes of %1; reads and writes go on").arg(r);
    if (lock.mode == u"SHARED_READ_ONLY" || lock.mode == u"SHARED_NO_WRITE")
        return Text::msg("blocks writes to %1; reads go on").arg(r);
    if (lock.mode == u"SHARED_NO_READ_WRITE" || lock.mode == u"EXCLUSIVE")
        return Text::msg("blocks reads and writes of %1").arg(r);
    return {};
}

} // namespace godwit::drivers
