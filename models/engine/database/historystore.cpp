#include "historystore.h"

#include "peertables.h"

#include "drivers/enginedriver.h"

#include "auditchain.h"
#include "godwitversion.h"

#include "schema/snapshot.h"

#include <QSysInfo>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace godwit {

namespace {

// A code migration's row is a versioned one: the kind column predates code migrations.
QString kindId(MigrationKind kind)
{
    return migrationKindId(kind == MigrationKind::Code ? MigrationKind::Versioned : kind);
}

HistoryEntry::Status statusFromId(const QString &id)
{
    if (id == u"failed")
        return HistoryEntry::Status::Failed;
    if (id == u"started")
        return HistoryEntry::Status::Started;
    return HistoryEntry::Status::Applied;
}

QString lookUpOsUser()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        if (QString user = qEnvironmentVariable(variable); !user.isEmpty())
            return user;
    }
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(getuid()))
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return QStringLiteral("unknown");
}

// Asked once per process: the look-ups read /etc/passwd and /proc on every call.
const QString &osUser()
{
    static const QString user = lookUpOsUser();
    return user;
}

const QString &hostName()
{
    static const QString host = QSysInfo::machineHostName();
    return host;
}

} // namespace

std::unique_ptr<HistoryStore> historyStoreFor(Connection &connection)
{
    return std::make_unique<GodwitHistoryStore>(connection);
}

namespace {

// Alembic keeps one row per head, in the session's schema as Alembic's default
// version_table_schema is; an Alembic project's status is read from them.
bool readAlembicHeads(Connection &connection, HistoryRead &read)
{
    const QString qualifier = connection.driver().sessionQualifier(connection);
    const QString name = QStringLiteral("alembic_version");
    const QString table = sessionTable(connection, qualifier, name);
    if (!connection.driver().tableExists(connection, qualifier, name, table))
        return true;
    QSqlQuery q(connection.database());
    if (!q.exec(QStringLiteral("SELECT version_num FROM %1").arg(table))) {
        read.error = Message("HistoryStore", QT_TRANSLATE_NOOP("HistoryStore", "%1: cannot read the history: %2"))
                         .arg(connection.spec().display(), q.lastError().text());
        return false;
    }
    while (q.next())
        read.alembicHeads.append(q.value(0).toString());
    return true;
}

} // namespace

HistoryRead readHistory(const ConnectionSpec &target, const ConnectOptions &options, const HistoryWants &wants)
{
    HistoryRead read;
    auto open = Connection::open(target, Connection::Mode::ReadOnly, options);
    read.databaseMissing = open.databaseMissing;
    read.needsPassword = open.needsPassword;
    if (!open.connection) {
        read.error = open.error;
        return read;
    }
    const std::unique_ptr<HistoryStore> store = historyStoreFor(*open.connection);
    if (auto rows = store->readAll())
        read.entries = std::move(*rows);
    else
        read.error = Message("HistoryStore", QT_TRANSLATE_NOOP("HistoryStore", "%1: cannot read the history: %2"))
                         .arg(target.display(), store->lastError());
    // Other projects do not pay for the look-ups.
    if (!read.error.isEmpty() || (wants.alembic && !readAlembicHeads(*open.connection, read)))
        return read;
    if (wants.adopt) {
        read.adopted = readPeerTable(*open.connection, *wants.adopt, &read.error);
        if (!read.adopted)
            return read;
    }
    if (wants.findPeers)
        read.found = findPeerTables(*open.connection, wants.sqitchProject);
    return read;
}

GodwitHistoryStore::GodwitHistoryStore(Connection &connection)
    : m_connection(connection)
    , m_qualifier(connection.driver().historyQualifier(connection))
{
}

QString GodwitHistoryStore::table(const char *name) const
{
    const QString table = QString::fromLatin1(name);
    return m_qualifier.isEmpty() ? table : qualifiedIdentifier(m_connection.dialect(), m_qualifier, table);
}

bool GodwitHistoryStore::exec(const QString &sql)
{
    QSqlQuery query(m_connection.database());
    if (!query.exec(sql)) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

bool GodwitHistoryStore::exists(const char *name)
{
    return m_connection.driver().tableExists(m_connection, m_qualifier, QLatin1String(name), table(name));
}

bool GodwitHistoryStore::auditHasHashColumn()
{
    return m_connection.driver().hasColumn(m_connection, m_qualifier, QLatin1String(auditTable), table(auditTable),
                                           QStringLiteral("row_hash"));
}

QSqlQuery &GodwitHistoryStore::prepared(std::optional<QSqlQuery> &slot, const QString &sql)
{
    if (!slot) {
        slot.emplace(m_connection.database());
        slot->setForwardOnly(true);
        slot->prepare(sql);
    }
    return *slot;
}

bool GodwitHistoryStore::run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

bool GodwitHistoryStore::ensureSchema()
{
    if (m_schemaReady)
        return true;
    // applied_at is ISO 8601 UTC text: sortable, and the same on every engine.
    const QString history = QStringLiteral(
        "CREATE TABLE IF NOT EXISTS %1 ("
        " kind VARCHAR(16) NOT NULL,"
        " version_key VARCHAR(191) NOT NULL,"
        " version VARCHAR(191),"
        " description VARCHAR(500) NOT NULL,"
        " script VARCHAR(1000) NOT NULL,"
        " checksum CHAR(64) NOT NULL,"
        " applied_by VARCHAR(128) NOT NULL,"
        " applied_at VARCHAR(32) NOT NULL,"
        " duration_ms BIGINT NOT NULL,"
        " status VARCHAR(16) NOT NULL,"
        " statement_count INTEGER NOT NULL,"
        " failed_statement INTEGER,"
        " statement_checksums TEXT,"
        " error TEXT,"
        " PRIMARY KEY (kind, version_key))").arg(table(historyTable));
    const QString audit = QStringLiteral(
        "CREATE TABLE IF NOT EXISTS %2 ("
        " %1,"
        " at VARCHAR(32) NOT NULL,"
        " action VARCHAR(32) NOT NULL,"
        " version VARCHAR(191),"
        " description VARCHAR(500),"
        " host VARCHAR(255) NOT NULL,"
        " os_user VARCHAR(128) NOT NULL,"
        " tool_version VARCHAR(32) NOT NULL,"
        " plan_id VARCHAR(64),"
        " outcome VARCHAR(16) NOT NULL,"
        " detail TEXT,"
        " row_hash CHAR(64))").arg(m_connection.driver().identityColumn(QStringLiteral("id")), table(auditTable));
    const QString tableOptions = m_connection.driver().tableOptions();
    if (!exec(history + tableOptions) || !exec(audit + tableOptions))
        return false;
    // A log from before the hash chain gets its column; its old rows stay unhashed.
    if (!auditHasHashColumn() && !exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN row_hash CHAR(64)").arg(table(auditTable))))
        return false;
    // Append-only means it: the engine refuses edits, not just Godwit.
    if (const QString error = protectAuditTable(m_connection, m_connection.historySchema(), table(auditTable));
        !error.isEmpty()) {
        m_error = QCoreApplication::translate("HistoryStore", "cannot make %1 append-only: %2")
                      .arg(QLatin1String(auditTable), error);
        return false;
    }
    m_auditHashed = true;
    m_schemaReady = true;
    return true;
}

static HistoryEntry entryFromQuery(const QSqlQuery &q)
{
    HistoryEntry e;
    const QString kind = q.value(0).toString();
    e.kind = kind == u"repeatable" ? MigrationKind::Repeatable
             : kind == u"baseline" ? MigrationKind::Baseline
                                   : MigrationKind::Versioned;
    e.key = q.value(1).toString();
    e.version = q.value(2).toString();
    e.description = q.value(3).toString();
    e.script = q.value(4).toString();
    e.checksum = q.value(5).toString();
    e.appliedBy = q.value(6).toString();
    e.appliedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    e.durationMs = q.value(8).toLongLong();
    e.status = statusFromId(q.value(9).toString());
    e.statementCount = q.value(10).toInt();
    e.failedStatement = q.value(11).toInt();
    const QString checksums = q.value(13).toString();
    if (!checksums.isEmpty())
        e.statementChecksums = checksums.split(u' ');
    e.error = q.value(12).toString();
    return e;
}

QString GodwitHistoryStore::selectColumns() const
{
    return QStringLiteral("SELECT kind, version_key, version, description, script, checksum, applied_by, applied_at,"
                          " duration_ms, status, statement_count, failed_statement, error, statement_checksums FROM %1")
        .arg(table(historyTable));
}

std::optional<QList<HistoryEntry>> GodwitHistoryStore::readAll()
{
    QList<HistoryEntry> entries;
    if (!tableExists())
        return entries;
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!q.exec(selectColumns())) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next())
        entries.append(entryFromQuery(q));
    return entries;
}

QString GodwitHistoryStore::cacheKey(MigrationKind kind, const QString &key)
{
    return kindId(kind) + u'|' + key;
}

void GodwitHistoryStore::cachePut(const HistoryEntry &entry)
{
    if (m_cache)
        m_cache->insert(cacheKey(entry.kind, entry.key), entry);
}

bool GodwitHistoryStore::cacheReads()
{
    auto rows = readAll();
    if (!rows)
        return false;
    m_cache.emplace();
    for (const HistoryEntry &e : std::as_const(*rows))
        cachePut(e);
    return true;
}

std::optional<std::optional<HistoryEntry>> GodwitHistoryStore::read(MigrationKind kind, const QString &key)
{
    if (m_cache) {
        const auto it = m_cache->constFind(cacheKey(kind, key));
        return it == m_cache->cend() ? std::optional<HistoryEntry>() : std::optional<HistoryEntry>(*it);
    }
    QSqlQuery &q = prepared(m_read, selectColumns() + u" WHERE kind = ? AND version_key = ?");
    q.addBindValue(kindId(kind));
    q.addBindValue(key);
    if (!run(q))
        return std::nullopt;
    std::optional<HistoryEntry> entry;
    if (q.next())
        entry = entryFromQuery(q);
    q.finish();
    return entry;
}

bool GodwitHistoryStore::replace(const HistoryEntry &e)
{
    return remove(e.kind, e.key) && insert(e);
}

// The row's values, then its key: the order both INSERT and UPDATE below take them in.
static void bindRow(QSqlQuery &q, const HistoryEntry &e)
{
    q.addBindValue(e.version);
    q.addBindValue(e.description);
    q.addBindValue(e.script);
    q.addBindValue(e.checksum);
    q.addBindValue(e.appliedBy.isEmpty() ? osUser() : e.appliedBy);
    q.addBindValue(e.appliedAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(e.durationMs);
    q.addBindValue(historyStatusId(e.status));
    q.addBindValue(e.statementCount);
    q.addBindValue(e.failedStatement ? QVariant(e.failedStatement) : QVariant());
    q.addBindValue(e.error.isEmpty() ? QVariant() : QVariant(e.error));
    q.addBindValue(e.statementChecksums.isEmpty() ? QVariant() : QVariant(e.statementChecksums.join(u' ')));
    q.addBindValue(kindId(e.kind));
    q.addBindValue(e.key);
}

bool GodwitHistoryStore::insert(const HistoryEntry &e)
{
    QSqlQuery &q = prepared(m_insert, QStringLiteral(
        "INSERT INTO %1 (version, description, script, checksum, applied_by, applied_at,"
        " duration_ms, status, statement_count, failed_statement, error, statement_checksums, kind, version_key)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(table(historyTable)));
    bindRow(q, e);
    if (!run(q))
        return false;
    cachePut(e);
    return true;
}

bool GodwitHistoryStore::update(const HistoryEntry &e)
{
    QSqlQuery &q = prepared(m_update, QStringLiteral(
        "UPDATE %1 SET version = ?, description = ?, script = ?, checksum = ?, applied_by = ?,"
        " applied_at = ?, duration_ms = ?, status = ?, statement_count = ?, failed_statement = ?, error = ?,"
        " statement_checksums = ? WHERE kind = ? AND version_key = ?").arg(table(historyTable)));
    bindRow(q, e);
    if (!run(q))
        return false;
    cachePut(e);
    return true;
}

bool GodwitHistoryStore::setProgress(MigrationKind kind, const QString &key, int statement)
{
    QSqlQuery &q = prepared(m_progress, QStringLiteral("UPDATE %1 SET failed_statement = ?"
                                                       " WHERE kind = ? AND version_key = ?").arg(table(historyTable)));
    q.addBindValue(statement);
    q.addBindValue(kindId(kind));
    q.addBindValue(key);
    if (!run(q))
        return false;
    if (m_cache) {
        if (auto it = m_cache->find(cacheKey(kind, key)); it != m_cache->end())
            it->failedStatement = statement;
    }
    return true;
}

bool GodwitHistoryStore::remove(MigrationKind kind, const QString &key)
{
    QSqlQuery &q = prepared(m_remove, QStringLiteral("DELETE FROM %1 WHERE kind = ? AND version_key = ?").arg(table(historyTable)));
    q.addBindValue(kindId(kind));
    q.addBindValue(key);
    if (!run(q))
        return false;
    if (m_cache)
        m_cache->remove(cacheKey(kind, key));
    return true;
}

bool GodwitHistoryStore::appendAudit(const AuditEntry &entry)
{
    AuditRow row{0, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), entry.action, entry.version,
                 entry.description, hostName(), osUser(), QStringLiteral(GODWIT_VERSION), entry.planId, entry.outcome,
                 entry.detail, {}};
    if (!m_auditHashed)
        m_auditHashed = auditHasHashColumn();
    if (!*m_auditHashed) // a log no run has upgraded yet: its rows are not chained
        return insertAudit(row);
    // The previous row and this one, with no other writer between them.
    AuditSerializer serializer(m_connection, table(auditTable));
    if (!serializer.begin(&m_error))
        return false;
    QSqlQuery last(m_connection.database());
    const QString lockRead = m_connection.driver().lockingRead();
    if (!last.exec(QStringLiteral("SELECT row_hash FROM %1 ORDER BY id DESC LIMIT 1%2").arg(table(auditTable), lockRead))) {
        m_error = last.lastError().text();
        serializer.end(false);
        return false;
    }
    row.rowHash = auditRowHash(last.next() ? last.value(0).toString().trimmed() : QString(), row);
    last.finish();
    const bool ok = insertAudit(row);
    if (!serializer.end(ok) && ok) {
        m_error = serializer.error();
        return false;
    }
    return ok;
}

AuditVerification GodwitHistoryStore::verifyAudit()
{
    if (!exists(auditTable)) {
        AuditVerification none;
        none.tableMissing = true;
        return none;
    }
    if (!auditHasHashColumn()) { // no run of this version has upgraded it: nothing is chained
        AuditVerification none;
        QSqlQuery q(m_connection.database());
        if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table(auditTable))) && q.next())
            none.rows = none.unprotectedRows = q.value(0).toLongLong();
        return none;
    }
    return verifyAuditChain(m_connection, table(auditTable));
}

bool GodwitHistoryStore::insertAudit(const AuditRow &row)
{
    const bool hashed = !row.rowHash.isEmpty();
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral("INSERT INTO %1 (at, action, version, description, host, os_user, tool_version,"
                             " plan_id, outcome, detail%2) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?%3)")
                  .arg(table(auditTable), hashed ? QStringLiteral(", row_hash") : QString(),
                       hashed ? QStringLiteral(", ?") : QString()));
    for (const QString *field : {&row.at, &row.action, &row.version, &row.description, &row.host, &row.osUser,
                                 &row.toolVersion, &row.planId, &row.outcome, &row.detail})
        q.addBindValue(*field);
    if (hashed)
        q.addBindValue(row.rowHash);
    return run(q);
}

} // namespace godwit
