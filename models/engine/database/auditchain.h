#pragma once

#include "connection.h"

#include <QString>
#include <QStringList>

namespace godwit {

/*! One row of godwit_audit_log as stored, for the hash chain. */
struct AuditRow
{
    qint64 id = 0;
    QString at;
    QString action;
    QString version;
    QString description;
    QString host;
    QString osUser;
    QString toolVersion;
    QString planId;
    QString outcome;
    QString detail;
    QString rowHash; ///< empty on rows written before the chain existed
};

/*! SHA-256 (hex) of the previous row's hash and this row's content, each field length-
    prefixed in UTF-8: the same bytes on every engine and in every locale. The first hashed
    row chains from the empty string. */
QString auditRowHash(const QString &previousHash, const AuditRow &row);

/*! What `verify --audit` found. */
struct AuditVerification
{
    QString error;            ///< the log could not be read
    bool tableMissing = false;
    qint64 rows = 0;
    qint64 protectedFromId = 0; ///< id of the first hashed row; 0: no row is hashed
    qint64 unprotectedRows = 0; ///< rows before it, written before the chain existed
    qint64 badRowId = 0;        ///< the first row that breaks the chain; 0: none
    QString badRowWhat;         ///< at, action and version of that row
    QString problem;            ///< stable id: "changed", "missing-hash" or "out-of-chain"

    bool intact() const { return error.isEmpty() && badRowId == 0; }
};

/*! Walks the audit log in id order and checks every row's hash against its predecessor's. A
    changed row, a removed row or a row inserted out of order breaks the chain at the first
    row after it that the attacker did not rewrite. */
AuditVerification verifyAuditChain(Connection &connection, const QString &table);

/*! The audit log's refusal, and the names of the triggers that make it: the same on every
    engine, so that a check can find them. */
namespace auditTriggers {
constexpr auto refusal = "godwit_audit_log is append-only";
constexpr auto noUpdate = "godwit_audit_log_no_update";
constexpr auto noDelete = "godwit_audit_log_no_delete";
constexpr auto noTruncate = "godwit_audit_log_no_truncate";
} // namespace auditTriggers

/*! What makes an engine's audit table refuse edits: setup (PostgreSQL's function) and the
    triggers' statements, in the order of noUpdate, noDelete, noTruncate. counted: the
    triggers present are counted first and only what is missing is made (else the statements
    say IF NOT EXISTS themselves). */
struct AuditProtection
{
    QStringList setup;
    QStringList triggers;
    bool counted = true;
};

/*! What opening an append to the audit log opened, for AuditSerializer::end(). */
enum class AuditOpened { Nothing, Transaction, Savepoint };

/*! Makes the audit table refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL) in the engine
    itself, with triggers created where they are missing: SQLite RAISE(ABORT), a PL/pgSQL
    function in schema on PostgreSQL, SIGNAL on MySQL/MariaDB (EngineDriver::auditProtection).
    qualifiedTable is the table's
    quoted name as SQL text uses it. Empty on success, else the server's message. */
QString protectAuditTable(Connection &connection, const QString &schema, const QString &qualifiedTable);

/*! Keeps other writers of the audit log out between reading its last row and appending the
    next, for as long as the surrounding transaction lasts (or one of its own when there is
    none), as the engine's driver does it (EngineDriver::lockAuditLog): SQLite's write lock, a
    transaction-level advisory lock on PostgreSQL, a locking read on MySQL/MariaDB. Inside a
    caller's transaction on PostgreSQL, a savepoint keeps a failed append from aborting it. */
class AuditSerializer
{
public:
    AuditSerializer(Connection &connection, const QString &qualifiedTable);
    bool begin(QString *error);
    /*! Commits (or rolls back) what begin() opened; false with error() when that fails. */
    bool end(bool commit);
    const QString &error() const { return m_error; }

private:
    bool exec(const QString &sql);

    Connection &m_connection;
    QString m_table;
    AuditOpened m_opened = AuditOpened::Nothing;
    QString m_error;
};

} // namespace godwit
