#pragma once

#include "connection.h"
#include "plan/peerhistory.h"

#include "plan/history.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace godwit {

struct AuditRow;
struct AuditVerification;

/*! One row of the append-only godwit_audit_log. */
struct AuditEntry
{
    QString action;  ///< up, down, repair, dry-run, override
    QString version;
    QString description;
    QString planId;
    QString outcome; ///< ok, failed, cancelled, skipped
    QString detail;
};

/*! A target's history read on a connection of its own, opened read-only and closed again:
    it can run on any thread, next to other work. A missing SQLite file is an empty history. */
struct HistoryRead
{
    QList<HistoryEntry> entries;
    Message error;
    bool databaseMissing = false;
    bool needsPassword = false; ///< the server refused to connect without a password
    QStringList alembicHeads;   ///< alembic_version's rows, when asked for and the target has that table
    std::optional<PeerHistory> adopted; ///< the adopted tool's table, when the project adopts one
    QList<PeerHistory> found;           ///< other tools' tables on the target, when asked to look
};
/*! What to read besides Godwit's own rows. */
struct HistoryWants
{
    bool alembic = false;                ///< alembic_version's heads (an Alembic project's folder)
    std::optional<PeerTableSpec> adopt;  ///< the table of the tool the project adopts
    bool findPeers = false;              ///< look for other tools' tables, to say what is there
    /*! A sqitch project's %project: its rows in sqitch's registry are looked for too (the
        registry serves every project, and on MySQL every database, of its server). */
    QString sqitchProject;
};
/*! Godwit's history, and what wants asks for besides. */
HistoryRead readHistory(const ConnectionSpec &target, const ConnectOptions &options, const HistoryWants &wants = {});

/*! Where a target keeps which migrations ran, read and written by a run: Godwit's own
    table (GodwitHistoryStore). Other tools' tables are read beside it (peertables.h).
    Every write is one statement, so that it is atomic also where no transaction surrounds it. */
class HistoryStore
{
public:
    virtual ~HistoryStore() = default;

    const QString &lastError() const { return m_error; }
    /*! Creates the store's tables when they are not there. */
    virtual bool ensureSchema() = 0;
    /*! All rows; an empty list when the table does not exist yet. */
    virtual std::optional<QList<HistoryEntry>> readAll() = 0;
    /*! The row for one migration, if any (nullopt with lastError() set on failure). */
    virtual std::optional<std::optional<HistoryEntry>> read(MigrationKind kind, const QString &key) = 0;
    virtual bool insert(const HistoryEntry &entry) = 0;
    virtual bool replace(const HistoryEntry &entry) = 0; ///< insert, or overwrite the row of the same migration
    /*! Rewrites the row of the same migration in one statement: atomic also where no
        transaction surrounds it (MySQL after implicit commits). */
    virtual bool update(const HistoryEntry &entry) = 0;
    virtual bool remove(MigrationKind kind, const QString &key) = 0;
    /*! Records that statement `statement` (1-based) of a started migration is about to run,
        so that a run killed outright still leaves where it was. */
    virtual bool setProgress(MigrationKind kind, const QString &key, int statement) = 0;
    /*! Whether the store's table is on the target; reading never creates it. */
    virtual bool tableExists() = 0;
    /*! While a run holds the run lock nobody else writes the history: read it once and answer
        read() from memory, kept in step with this store's own writes. forgetCache() after a
        rollback that may have undone a write. */
    virtual bool cacheReads() = 0;
    virtual void forgetCache() = 0;
    virtual bool hasCache() const = 0;
    virtual QList<HistoryEntry> cachedEntries() const = 0;
    /*! Appends a row to the append-only audit log (lastError() says why not). */
    virtual bool appendAudit(const AuditEntry &entry) = 0;

protected:
    QString m_error;
};

/*! The history store of the target connection is open on. */
std::unique_ptr<HistoryStore> historyStoreFor(Connection &connection);

/*! Godwit's history tables in a target, godwit_schema_history and the append-only
    godwit_audit_log: created on first use, written with bound parameters only. The table
    layout uses types PostgreSQL and MySQL share. */
class GodwitHistoryStore final : public HistoryStore
{
public:
    static constexpr auto historyTable = "godwit_schema_history";
    static constexpr auto auditTable = "godwit_audit_log";

    explicit GodwitHistoryStore(Connection &connection);

    bool ensureSchema() override;
    std::optional<QList<HistoryEntry>> readAll() override;
    std::optional<std::optional<HistoryEntry>> read(MigrationKind kind, const QString &key) override;
    bool insert(const HistoryEntry &entry) override;
    bool replace(const HistoryEntry &entry) override;
    bool update(const HistoryEntry &entry) override;
    bool remove(MigrationKind kind, const QString &key) override;
    bool setProgress(MigrationKind kind, const QString &key, int statement) override;
    /*! Whether Godwit's tables are on the target (where the connection's search path finds
        them); reading and appending never create them. */
    bool tableExists() override { return exists(historyTable); }
    bool cacheReads() override;
    void forgetCache() override { m_cache.reset(); }
    bool hasCache() const override { return m_cache.has_value(); }
    QList<HistoryEntry> cachedEntries() const override { return m_cache ? m_cache->values() : QList<HistoryEntry>(); }

    bool appendAudit(const AuditEntry &entry) override;
    /*! The audit log's hash chain checked row by row (verify --audit). */
    AuditVerification verifyAudit();

private:
    /*! A table of Godwit's as SQL text names it. */
    QString table(const char *name) const;
    QString selectColumns() const;
    bool exists(const char *name);
    bool auditHasHashColumn();
    bool insertAudit(const AuditRow &row);
    static QString cacheKey(MigrationKind kind, const QString &key);
    void cachePut(const HistoryEntry &entry);
    bool exec(const QString &sql);
    /*! A statement prepared once per store: a run of 1,000 migrations reuses them. */
    QSqlQuery &prepared(std::optional<QSqlQuery> &slot, const QString &sql);
    bool run(QSqlQuery &query);

    Connection &m_connection;
    QString m_qualifier; ///< the database or schema of the history; empty on SQLite
    bool m_schemaReady = false;
    std::optional<QSqlQuery> m_read;
    std::optional<QSqlQuery> m_insert;
    std::optional<QSqlQuery> m_remove;
    std::optional<QSqlQuery> m_progress;
    std::optional<QSqlQuery> m_update;
    std::optional<QHash<QString, HistoryEntry>> m_cache;
    std::optional<bool> m_auditHashed;
};

} // namespace godwit
