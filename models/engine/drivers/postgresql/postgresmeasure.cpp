// What a PostgreSQL dry run measures beyond running the plan: the round trip's row check, the
// locks each statement takes (pg_locks) and the tables it rewrites (a new relfilenode).

#include "postgresdriver.h"

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

// The schema the dry run works in; only its relations are traced (not the catalogs', not
// the session's temporary tables).
const char *const inSchema = "c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())";

QString relationKind(const QString &relkind)
{
    switch (relkind.isEmpty() ? u' ' : relkind.front().unicode()) {
    case u'r':
    case u'p': return u"table"_s;
    case u'i':
    case u'I': return u"index"_s;
    case u'S': return u"sequence"_s;
    case u'v': return u"view"_s;
    case u'm': return u"materialized view"_s;
    default: return u"relation"_s;
    }
}

// A text[] literal of names, each quoted.
QString textArray(const QStringList &names)
{
    QStringList quoted;
    for (QString name : names)
        quoted << u'"' + name.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s) + u'"';
    return u'{' + quoted.join(u',') + u'}';
}

} // namespace

QString PostgresDriver::valuesDiffer(const QString &a, const QString &b) const
{
    return comparable(a) + u" IS DISTINCT FROM "_s + comparable(b);
}

QString PostgresDriver::comparable(const QString &expression) const
{
    return u"("_s + expression + u")::text"_s;
}


bool PostgresDriver::tracesLocks() const
{
    return true;
}

// The session's granted relation locks; a relation dropped in this transaction has no
// pg_class row any more and comes with its oid only.
QList<HeldLock> PostgresDriver::heldLocks(Connection &connection) const
{
    QSqlQuery q(connection.database());
    QList<HeldLock> locks;
    if (!q.exec(u"SELECT c.relname, c.relkind::text, l.mode, l.relation::oid::bigint FROM pg_locks l "
                "LEFT JOIN pg_class c ON c.oid = l.relation "
                "WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted "
                "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                "AND (c.oid IS NULL OR %1) ORDER BY 1, 3"_s.arg(QLatin1StringView(inSchema))))
        return locks;
    while (q.next())
        locks << HeldLock{q.value(0).toString(), relationKind(q.value(1).toString()), q.value(2).toString(), false,
                          q.value(3).toLongLong()};
    return locks;
}

// pg_relation_size() locks the table for the rest of the transaction: the catalog's pages and
// tuples do not, and are what the statistics say (nothing before the first ANALYZE).
QHash<QString, TableStorage> PostgresDriver::tableStorage(Connection &connection, const QStringList &tables,
                                                          bool exact) const
{
    QHash<QString, TableStorage> storage;
    if (tables.isEmpty())
        return storage;
    QSqlQuery q(connection.database());
    const QString bytes = exact ? u"pg_relation_size(c.oid)"_s
                                : u"NULLIF(c.relpages, 0)::bigint * current_setting('block_size')::bigint"_s;
    q.prepare(u"SELECT c.relname, c.oid::bigint, c.relfilenode::bigint, %1, c.reltuples::bigint "
              "FROM pg_class c WHERE %2 AND c.relkind IN ('r', 'm') AND c.relname = ANY (?::text[])"_s.arg(
                  bytes, QLatin1StringView(inSchema)));
    q.addBindValue(textArray(tables));
    if (!q.exec())
        return storage;
    while (q.next())
        storage.insert(q.value(0).toString(),
                       TableStorage{q.value(1).toLongLong(), q.value(2).toLongLong(),
                                    q.value(3).isNull() ? -1 : q.value(3).toLongLong(),
                                    std::max<qint64>(-1, q.value(4).toLongLong())});
    return storage;
}

// What each mode keeps others from doing, from PostgreSQL's table of conflicting lock modes
// (explicit-locking.html); held to the COMMIT of the migration's transaction.
Message PostgresDriver::lockEffect(const HeldLock &lock) const
{
    const QString &r = lock.relation;
    if (lock.mode == u"AccessShareLock")
        return {}; // what every read takes: it waits only for DDL
    if (lock.mode == u"RowShareLock")
        return Text::msg("blocks EXCLUSIVE and ACCESS EXCLUSIVE locks on %1; reads and writes go on").arg(r);
    if (lock.mode == u"RowExclusiveLock")
        return Text::msg("blocks CREATE INDEX (without CONCURRENTLY) and most ALTER TABLE on %1; reads and writes go on").arg(r);
    if (lock.mode == u"ShareUpdateExclusiveLock")
        return Text::msg("blocks VACUUM, CREATE INDEX CONCURRENTLY and other schema changes of %1; reads and writes go on").arg(r);
    if (lock.mode == u"ShareLock")
        return Text::msg("blocks writes to %1 (INSERT, UPDATE, DELETE); reads go on").arg(r);
    if (lock.mode == u"ShareRowExclusiveLock")
        return Text::msg("blocks writes to %1 and other schema changes; reads go on").arg(r);
    if (lock.mode == u"ExclusiveLock")
        return Text::msg("blocks writes to %1 and SELECT ... FOR UPDATE; only plain reads go on").arg(r);
    if (lock.mode == u"AccessExclusiveLock")
        return Text::msg("blocks reads and writes of %1").arg(r);
    return {};
}

} // namespace godwit::drivers
