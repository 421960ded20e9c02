#pragma once

#include "connection.h"

#include "plan/history.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QList>
#include <QString>

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
    QString error;
    bool databaseMissing = false;
};
HistoryRead readHistory(const ConnectionSpec &target, const ConnectOptions &options);

/*! Godwit's history tables in a target: created on first use, written with bound
    parameters only. The table layout uses types PostgreSQL and MySQL share. */
class HistoryStore
{
public:
    static constexpr auto historyTable = "godwit_schema_history";
    static constexpr auto auditTable = "godwit_audit_log";

    explicit HistoryStore(Connection &connection);

    const QString &lastError() const { return m_error; }

    bool ensureSchema();
    /*! All rows; an empty list when the table does not exist yet. */
    std::optional<QList<HistoryEntry>> readAll();
    /*! The row for one migration, if any (nullopt with lastError() set on failure). */
    std::optional<std::optional<HistoryEntry>> read(MigrationKind kind, const QString &key);
    bool insert(const HistoryEntry &entry);
    bool replace(const HistoryEntry &entry); ///< insert, or overwrite the row of the same migration
    /*! Rewrites the row of the same migration in one statement: atomic also where no
        transaction surrounds it (MySQL after implicit commits). */
    bool update(const HistoryEntry &entry);
    bool remove(MigrationKind kind, const QString &key);
    /*! Records that statement `statement` (1-based) of a started migration is about to run,
        so that a run killed outright still leaves where it was. */
    bool setProgress(MigrationKind kind, const QString &key, int statement);
    bool appendAudit(const AuditEntry &entry);
    /*! Whether Godwit's tables are on the target (where the connection's search path finds
        them); reading and appending never create them. */
    bool tableExists() { return exists(historyTable); }
    /*! The audit log's hash chain checked row by row (verify --audit). */
    AuditVerification verifyAudit();

    /*! While a run holds the run lock nobody else writes the history: read it once and answer
        read() from memory, kept in step with this store's own writes. forgetCache() after a
        rollback that may have undone a write. */
    bool cacheReads();
    void forgetCache() { m_cache.reset(); }
    bool hasCache() const { return m_cache.has_value(); }
    QList<HistoryEntry> cachedEntries() const { return m_cache ? m_cache->values() : QList<HistoryEntry>(); }

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
    QString m_error;
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
