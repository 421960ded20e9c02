#include "peerwriter.h"

#include "peertables.h"

#include "drivers/enginedriver.h"
#include "migrations/checksum.h"
#include "plan/peerhistory.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

QByteArray scriptBytes(const Migration &m)
{
    QFile f(m.file());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

PeerWriter::PeerWriter(Connection &connection, PeerTableSpec spec, const MigrationSource &source)
    : m_connection(connection)
    , m_spec(std::move(spec))
    , m_source(source)
    , m_table(sessionTable(connection, peerQualifier(connection, m_spec), m_spec.table))
{
    if (m_spec.tool == PeerTool::Sqitch)
        m_sqitch = std::make_unique<SqitchRegistryWriter>(connection, source);
}

bool PeerWriter::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_connection.database());
    if (!values.isEmpty() && !q.prepare(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (values.isEmpty() ? q.exec(sql) : q.exec())
        return true;
    m_error = u"%1 (%2's history): %3"_s.arg(m_spec.table, peerToolId(m_spec.tool), q.lastError().text());
    return false;
}

bool PeerWriter::ensureTable()
{
    if (m_sqitch) { // the registry is sqitch's to make
        if (m_sqitch->ready())
            return true;
        m_error = m_sqitch->lastError();
        return false;
    }
    const EngineDriver &driver = m_connection.driver();
    if (driver.tableExists(m_connection, peerQualifier(m_connection, m_spec), m_spec.table, m_table))
        return true;
    // Each tool's own columns (../shared/PEER_HISTORY.md), in types all three engines take.
    QString columns;
    switch (m_spec.tool) {
    case PeerTool::Sqitch: return true; // handled above
    case PeerTool::Flyway:
        columns = u"installed_rank INT NOT NULL PRIMARY KEY, version VARCHAR(50), description VARCHAR(200) NOT NULL, "
                  u"type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL, checksum INT, installed_by VARCHAR(100) "
                  u"NOT NULL, installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, execution_time INT NOT NULL, "
                  u"success BOOLEAN NOT NULL"_s;
        break;
    case PeerTool::GolangMigrate: columns = u"version BIGINT NOT NULL PRIMARY KEY, dirty BOOLEAN NOT NULL"_s; break;
    case PeerTool::Dbmate: columns = u"version VARCHAR(128) NOT NULL PRIMARY KEY"_s; break;
    case PeerTool::Goose:
        columns = driver.identityColumn(u"id"_s)
                  + u", version_id BIGINT NOT NULL, is_applied BOOLEAN NOT NULL, tstamp TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP"_s;
        break;
    case PeerTool::Diesel:
        columns = u"version VARCHAR(50) NOT NULL PRIMARY KEY, run_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP"_s;
        break;
    case PeerTool::Prisma:
        columns = u"id VARCHAR(36) NOT NULL PRIMARY KEY, checksum VARCHAR(64) NOT NULL, finished_at TIMESTAMP NULL, "
                  u"migration_name VARCHAR(255) NOT NULL, logs TEXT NULL, rolled_back_at TIMESTAMP NULL, "
                  u"started_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, applied_steps_count INT NOT NULL DEFAULT 0"_s;
        break;
    case PeerTool::Custom:
        columns = quotedIdentifier(m_connection.dialect(), m_spec.column) + u" VARCHAR(255) NOT NULL PRIMARY KEY"_s;
        if (!m_spec.appliedAt.isEmpty())
            columns += u", "_s + quotedIdentifier(m_connection.dialect(), m_spec.appliedAt)
                       + u" TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP"_s;
        break;
    }
    // IF NOT EXISTS: two first runs on SQLite (no run lock) may both get here.
    if (!run(u"CREATE TABLE IF NOT EXISTS "_s + m_table + u" ("_s + columns + u')' + driver.tableOptions()))
        return false;
    if (m_spec.tool != PeerTool::Goose)
        return true;
    QSqlQuery q(m_connection.database());
    if (!q.exec(u"SELECT count(*) FROM "_s + m_table) || !q.next()) {
        m_error = q.lastError().text();
        return false;
    }
    return q.value(0).toInt() > 0 || run(u"INSERT INTO "_s + m_table + u" (version_id, is_applied) VALUES (?, ?)"_s, {0, true});
}

bool PeerWriter::keeps(const Migration &m) const
{
    return peerKeeps(m_spec, m);
}

QString PeerWriter::cannotRecord(const Migration &m) const
{
    if (m_sqitch)
        return keeps(m) ? m_sqitch->cannotRecord(m) : QString();
    const bool numeric = m_spec.tool == PeerTool::GolangMigrate || m_spec.tool == PeerTool::Goose;
    bool whole = true;
    if (numeric && keeps(m))
        value(m).toLongLong(&whole);
    if (whole)
        return {};
    return u"%1 keeps whole-number versions in %2; %3 is not one"_s.arg(peerToolId(m_spec.tool), m_spec.table, value(m));
}

QString PeerWriter::value(const Migration &m) const
{
    return peerValueOf(m_spec, m);
}

std::optional<bool> PeerWriter::applied(const Migration &m)
{
    bool readable = true;
    const std::optional<HistoryEntry::Status> said = recorded(m, &readable);
    if (!readable)
        return std::nullopt;
    return said == HistoryEntry::Status::Applied;
}

std::optional<HistoryEntry::Status> PeerWriter::recorded(const Migration &m, bool *readable)
{
    *readable = true;
    if (!keeps(m))
        return std::nullopt;
    // Interop asks at every step, after ensureTable(): read the rows straight away. A repair in
    // adopt mode asks once, of a table that may not be there.
    Message error;
    const std::optional<PeerHistory> peer = m_spec.interop ? readPeerRows(m_connection, m_spec, m_table, &error)
                                                           : readPeerTable(m_connection, m_spec, &error);
    if (!peer) {
        m_error = error.english();
        *readable = false;
        return std::nullopt;
    }
    // Read for m alone, but sqitch's rows name a change: which instance of a reworked one a row
    // is depends on the plan's other instances.
    MigrationSource only;
    only.format = m_source.format;
    only.migrations = {m};
    for (const HistoryEntry &e : adoptedHistory(*peer, m_spec.tool == PeerTool::Sqitch ? m_source : only)) {
        if (e.kind == m.kind && e.key == m.key())
            return e.status;
    }
    return std::nullopt;
}

std::optional<QString> PeerWriter::previousVersion(const Migration &m) const
{
    std::optional<Version> best;
    for (const Migration &other : m_source.migrations) {
        if (other.kind == MigrationKind::Versioned && other.version < m.version && (!best || *best < other.version))
            best = other.version;
    }
    return best ? std::optional<QString>(best->text()) : std::nullopt;
}

bool PeerWriter::setGolangVersion(const std::optional<QString> &version, bool dirty)
{
    // golang-migrate's SetVersion: the table holds the one current version, or nothing; on
    // the way below the first migration, -1 and dirty. Each write is one statement, so that
    // no kill leaves the table empty where no transaction holds it (MySQL after DDL).
    const QString to = version ? *version : dirty ? u"-1"_s : QString();
    if (to.isEmpty())
        return run(u"DELETE FROM "_s + m_table);
    bool ok = false;
    const qlonglong number = to.toLongLong(&ok);
    if (!ok) {
        m_error = u"%1 (golang-migrate's history): golang-migrate keeps whole-number versions, not %2"_s.arg(m_spec.table, to);
        return false;
    }
    QSqlQuery q(m_connection.database());
    if (!q.exec(u"SELECT count(*) FROM "_s + m_table) || !q.next()) {
        m_error = q.lastError().text();
        return false;
    }
    if (q.value(0).toInt() == 1)
        return run(u"UPDATE "_s + m_table + u" SET version = ?, dirty = ?"_s, {number, dirty});
    return run(u"DELETE FROM "_s + m_table) && run(u"INSERT INTO "_s + m_table + u" (version, dirty) VALUES (?, ?)"_s, {number, dirty});
}

bool PeerWriter::begin(const Migration &m, Direction direction)
{
    m_golangBefore.reset();
    if (m_sqitch && keeps(m)) { // sqitch checks dependencies before a script runs
        if (direction == Direction::Up ? m_sqitch->canDeploy(m) : m_sqitch->canRevert(m))
            return true;
        m_error = m_sqitch->lastError();
        return false;
    }
    if (m_spec.tool != PeerTool::GolangMigrate || !keeps(m))
        return true;
    QSqlQuery q(m_connection.database());
    if (!q.exec(u"SELECT version, dirty FROM "_s + m_table)) {
        m_error = q.lastError().text();
        return false;
    }
    m_golangBefore = q.next() ? GolangRow{q.value(0).toString(), peerFlag(q.value(1))} : GolangRow{};
    return setGolangVersion(direction == Direction::Up ? std::optional<QString>(value(m)) : previousVersion(m), true);
}

bool PeerWriter::restore()
{
    if (!m_golangBefore)
        return true;
    const GolangRow before = *m_golangBefore;
    m_golangBefore.reset();
    return setGolangVersion(before.version.isEmpty() ? std::nullopt : std::optional<QString>(before.version), before.dirty);
}

bool PeerWriter::insertFlyway(const Migration &m, bool success, qint64 durationMs)
{
    const bool repeatable = m.kind == MigrationKind::Repeatable;
    QString by = m_connection.spec().user;
    if (by.isEmpty())
        by = qEnvironmentVariable("USER", u"godwit"_s);
    return run(u"INSERT INTO %1 (installed_rank, version, description, type, script, checksum, installed_by, "
               u"execution_time, success) SELECT COALESCE(MAX(installed_rank), 0) + 1, ?, ?, 'SQL', ?, ?, ?, ?, ? FROM %1"_s
                   .arg(m_table),
               {repeatable ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value(m)), m.description,
                QDir(m_source.folder).relativeFilePath(m.file()), flywayChecksum(scriptBytes(m)).toInt(), by,
                int(durationMs), success});
}

bool PeerWriter::insertPrisma(const Migration &m, const QString &error)
{
    const QString checksum = prismaChecksum(scriptBytes(m));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (error.isEmpty())
        return run(u"INSERT INTO %1 (id, checksum, finished_at, migration_name, started_at, applied_steps_count) "
                   u"VALUES (?, ?, CURRENT_TIMESTAMP, ?, CURRENT_TIMESTAMP, 1)"_s.arg(m_table),
                   {id, checksum, value(m)});
    return run(u"INSERT INTO %1 (id, checksum, migration_name, logs, started_at, applied_steps_count) "
               u"VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, 0)"_s.arg(m_table),
               {id, checksum, value(m), error});
}

bool PeerWriter::done(const Migration &m, Direction direction, qint64 durationMs)
{
    m_golangBefore.reset();
    if (!keeps(m))
        return true;
    const bool up = direction == Direction::Up;
    const QString v = value(m);
    switch (m_spec.tool) {
    case PeerTool::GolangMigrate: return setGolangVersion(up ? std::optional<QString>(v) : previousVersion(m), false);
    case PeerTool::Flyway:
        // A repair's earlier failed row goes, as flyway repair removes it; so does the row of a
        // run killed before Godwit's own was written. A repeatable keeps its earlier runs.
        if (m.kind == MigrationKind::Repeatable
                ? !run(u"DELETE FROM %1 WHERE version IS NULL AND description = ?"_s.arg(m_table)
                           + (up ? u" AND success = ?"_s : QString()),
                       up ? QVariantList{m.description, false} : QVariantList{m.description})
                : !run(u"DELETE FROM %1 WHERE version = ?"_s.arg(m_table), {v}))
            return false;
        return !up || insertFlyway(m, true, durationMs);
    case PeerTool::Prisma:
        if (!up)
            return run(u"UPDATE %1 SET rolled_back_at = CURRENT_TIMESTAMP WHERE migration_name = ? AND rolled_back_at IS NULL"_s
                           .arg(m_table),
                       {v});
        // As prisma migrate resolve --applied: an unfinished attempt is marked rolled back,
        // or Prisma's deploy stops at it for good.
        return run(u"UPDATE %1 SET rolled_back_at = CURRENT_TIMESTAMP WHERE migration_name = ? AND finished_at IS NULL "
                   u"AND rolled_back_at IS NULL"_s.arg(m_table),
                   {v})
               && insertPrisma(m, {});
    case PeerTool::Goose: {
        bool whole = false;
        const qlonglong id = v.toLongLong(&whole);
        if (!whole) {
            m_error = u"%1 (goose's history): goose keeps whole-number versions, not %2"_s.arg(m_spec.table, v);
            return false;
        }
        return run(u"DELETE FROM %1 WHERE version_id = ?"_s.arg(m_table), {id})
               && (!up || run(u"INSERT INTO %1 (version_id, is_applied) VALUES (?, ?)"_s.arg(m_table), {id, true}));
    }
    case PeerTool::Sqitch:
        if (up ? m_sqitch->deployed(m) : m_sqitch->reverted(m))
            return true;
        m_error = m_sqitch->lastError();
        return false;
    case PeerTool::Dbmate:
    case PeerTool::Diesel:
    case PeerTool::Custom: break;
    }
    const QString column = m_spec.tool == PeerTool::Custom ? quotedIdentifier(m_connection.dialect(), m_spec.column)
                                                            : u"version"_s;
    // A row left by a run killed before Godwit's own row was written is replaced, not doubled.
    if (!run(u"DELETE FROM %1 WHERE %2 = ?"_s.arg(m_table, column), {v}))
        return false;
    if (!up)
        return true;
    if (m_spec.tool == PeerTool::Custom && !m_spec.appliedAt.isEmpty())
        return run(u"INSERT INTO %1 (%2, %3) VALUES (?, CURRENT_TIMESTAMP)"_s.arg(
                       m_table, column, quotedIdentifier(m_connection.dialect(), m_spec.appliedAt)),
                   {v});
    return run(u"INSERT INTO %1 (%2) VALUES (?)"_s.arg(m_table, column), {v});
}

bool PeerWriter::failed(const Migration &m, const QString &error, qint64 durationMs)
{
    m_golangBefore.reset();
    if (!keeps(m))
        return true;
    switch (m_spec.tool) {
    case PeerTool::Flyway: return insertFlyway(m, false, durationMs);
    case PeerTool::Prisma: return insertPrisma(m, error);
    case PeerTool::Sqitch:
        if (m_sqitch->failed(m))
            return true;
        m_error = m_sqitch->lastError();
        return false;
    default: return true; // golang-migrate's row stays dirty; the others keep no failures
    }
}

} // namespace godwit
