#include "sqlitedriver.h"

#include "sqliteintrospection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace godwit::drivers {

namespace {

// The strings of this file, for Qt Linguist and at run time: the connection's messages.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Connection)
};

} // namespace

QString SqliteDriver::qtDriver() const
{
    return u"QSQLITE"_s;
}

Message SqliteDriver::precheck(const ConnectionSpec &spec, bool readOnly, bool *missing) const
{
    const QFileInfo file(spec.path);
    if (readOnly && !file.exists()) {
        *missing = true;
        return {};
    }
    if (!file.dir().exists())
        return Text::msg("%1: the folder %2 does not exist")
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

std::optional<TableStats> SqliteDriver::tableStats(Connection &connection, const QString &table) const
{
    TableStats stats{table, -1, -1, {}};
    QSqlQuery q(connection.database());
    q.prepare(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
    q.addBindValue(table);
    if (!q.exec() || !q.next())
        return std::nullopt;
    // SQLite keeps no row counts: the table is counted, up to a limit that bounds the time.
    constexpr qint64 limit = 5'000'000;
    if (q.exec(u"SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT %2)"_s.arg(quotedIdentifier(Dialect::SQLite, table))
                   .arg(limit + 1))
        && q.next()) {
        const qint64 counted = q.value(0).toLongLong();
        stats.rows = counted > limit ? -1 : counted;
        stats.source = counted > limit ? u"count(*), stopped at 5,000,000 rows"_s : u"count(*)"_s;
    }
    return stats;
}

// SQLite drops a table's indexes and triggers with it (they are on it) and cascades nothing
// else; a rename rewrites other objects' text, so the caller reads everything after one.
std::optional<Introspection> SqliteDriver::introspectNamed(Connection &connection, const QStringList &names) const
{
    return introspectSqlite(connection, names.isEmpty() ? QStringList{u""_s} : names);
}

bool SqliteDriver::tracesLocks() const
{
    return true; // no locks of its own to read, but a rebuilt table is seen by its root page
}

// The node is the table's root page, which a rebuild (new table, copy, drop, rename) changes;
// sizes only when exact (counting and dbstat read the whole table).
QHash<QString, TableStorage> SqliteDriver::tableStorage(Connection &connection, const QStringList &tables,
                                                        bool exact) const
{
    QHash<QString, TableStorage> storage;
    if (tables.isEmpty())
        return storage;
    QSqlQuery q(connection.database());
    QStringList marks;
    marks.fill(u"?"_s, tables.size());
    q.prepare(u"SELECT name, rootpage FROM sqlite_master WHERE type = 'table' AND lower(name) IN (%1)"_s.arg(
        marks.join(u", "_s)));
    for (const QString &t : tables)
        q.addBindValue(t.toLower());
    if (!q.exec())
        return storage;
    while (q.next())
        storage.insert(q.value(0).toString(), TableStorage{q.value(1).toLongLong(), q.value(1).toLongLong(), -1, -1});
    if (!exact)
        return storage;
    for (auto it = storage.begin(); it != storage.end(); ++it) {
        if (const auto stats = tableStats(connection, it.key()))
            it->rows = stats->rows;
        q.prepare(u"SELECT sum(pgsize) FROM dbstat WHERE name = ?"_s); // where SQLite has dbstat
        q.addBindValue(it.key());
        if (q.exec() && q.next() && !q.value(0).isNull())
            it->bytes = q.value(0).toLongLong();
    }
    return storage;
}

QString SqliteDriver::identityColumn(const QString &name) const
{
    // No AUTOINCREMENT: rows are never deleted (a trigger forbids it), so rowids only grow,
    // and every insert would otherwise also write sqlite_sequence.
    return name + u" INTEGER PRIMARY KEY"_s;
}

// A consistent copy, read in one transaction: the live file is never write-locked.
QString SqliteDriver::copyBeforeOpening(Connection &target, const QString &scratch, ScratchDatabase::Content content,
                                        const std::atomic_bool *, RowSample *) const
{
    if (content != ScratchDatabase::Content::Copy)
        return {};
    QSqlQuery q(target.database());
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(scratch);
    return q.exec() ? QString() : queryError(q);
}

DryRunMethodChoice SqliteDriver::autoDryRunMethod(bool) const
{
    return {DryRunMethod::Copy, u"sqlite-file-copy"_s};
}

// SQLite names an index on a temporary table in the temp schema.
QString SqliteDriver::indexTemporaryTable(const QString &copy, const QString &name, const QString &columns) const
{
    return u"CREATE INDEX temp."_s + name + u" ON "_s + copy + u" ("_s + columns + u')';
}

} // namespace godwit::drivers
