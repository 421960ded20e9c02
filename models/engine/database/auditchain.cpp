#include "auditchain.h"

#include "runlock.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

constexpr auto refusal = "godwit_audit_log is append-only";

// Trigger names: the same on every engine, so that a check can find them.
constexpr auto noUpdate = "godwit_audit_log_no_update";
constexpr auto noDelete = "godwit_audit_log_no_delete";
constexpr auto noTruncate = "godwit_audit_log_no_truncate";

void addField(QByteArray &bytes, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    bytes += QByteArray::number(utf8.size()) + ':' + utf8 + ';';
}

QString errorText(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

// How many of the named triggers the table has, or -1 with error set.
int existingTriggers(Connection &connection, const QString &qualifiedTable, const QStringList &names, QString *error)
{
    QSqlQuery q(connection.database());
    if (connection.dialect() == Dialect::PostgreSQL) {
        q.prepare(u"SELECT count(*) FROM pg_trigger WHERE tgrelid = to_regclass(?) AND tgname IN (?, ?, ?)"_s);
        q.addBindValue(qualifiedTable);
    } else {
        q.prepare(u"SELECT count(*) FROM information_schema.TRIGGERS WHERE EVENT_OBJECT_SCHEMA = DATABASE()"
                  u" AND TRIGGER_NAME IN (?, ?, ?)"_s);
    }
    for (const QString &name : names)
        q.addBindValue(name);
    if (!q.exec() || !q.next()) {
        *error = errorText(q);
        return -1;
    }
    return q.value(0).toInt();
}

QStringList protectionStatements(Dialect dialect, const QString &schema, const QString &table)
{
    const QString message = QString::fromLatin1(refusal);
    switch (dialect) {
    case Dialect::SQLite:
        return {u"CREATE TRIGGER IF NOT EXISTS %1 BEFORE UPDATE ON %2 BEGIN SELECT RAISE(ABORT, '%3'); END"_s
                    .arg(QLatin1String(noUpdate), table, message),
                u"CREATE TRIGGER IF NOT EXISTS %1 BEFORE DELETE ON %2 BEGIN SELECT RAISE(ABORT, '%3'); END"_s
                    .arg(QLatin1String(noDelete), table, message)};
    case Dialect::PostgreSQL: {
        const QString function = qualifiedIdentifier(dialect, schema, u"godwit_audit_log_append_only"_s);
        return {u"CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS"
                u" $godwit$ BEGIN RAISE EXCEPTION '%2' USING ERRCODE = 'insufficient_privilege'; END $godwit$"_s
                    .arg(function, message),
                u"CREATE TRIGGER %1 BEFORE UPDATE ON %2 FOR EACH ROW EXECUTE PROCEDURE %3()"_s
                    .arg(QLatin1String(noUpdate), table, function),
                u"CREATE TRIGGER %1 BEFORE DELETE ON %2 FOR EACH ROW EXECUTE PROCEDURE %3()"_s
                    .arg(QLatin1String(noDelete), table, function),
                u"CREATE TRIGGER %1 BEFORE TRUNCATE ON %2 FOR EACH STATEMENT EXECUTE PROCEDURE %3()"_s
                    .arg(QLatin1String(noTruncate), table, function)};
    }
    case Dialect::MySQL:
        return {u"CREATE TRIGGER %1 BEFORE UPDATE ON %2 FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '%3'"_s
                    .arg(QLatin1String(noUpdate), table, message),
                u"CREATE TRIGGER %1 BEFORE DELETE ON %2 FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '%3'"_s
                    .arg(QLatin1String(noDelete), table, message)};
    }
    return {};
}

} // namespace

QString auditRowHash(const QString &previousHash, const AuditRow &row)
{
    QByteArray bytes = previousHash.toLatin1() + '\n';
    for (const QString *field : {&row.at, &row.action, &row.version, &row.description, &row.host, &row.osUser,
                                 &row.toolVersion, &row.planId, &row.outcome, &row.detail})
        addField(bytes, *field);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString protectAuditTable(Connection &connection, const QString &schema, const QString &qualifiedTable)
{
    QStringList statements = protectionStatements(connection.dialect(), schema, qualifiedTable);
    if (connection.dialect() != Dialect::SQLite) {
        // Only what is missing: a table protected before needs no privilege to stay so.
        const QStringList names{QLatin1String(noUpdate), QLatin1String(noDelete), QLatin1String(noTruncate)};
        QString error;
        const int present = existingTriggers(connection, qualifiedTable, names, &error);
        if (present < 0)
            return error;
        const int wanted = int(statements.size()) - (connection.dialect() == Dialect::PostgreSQL ? 1 : 0);
        if (present == wanted)
            return {};
        if (present > 0) {
            // Partly there (one dropped): drop the rest and create all again.
            for (qsizetype i = 0; i < wanted; ++i) {
                QSqlQuery drop(connection.database());
                const QString name = names.at(i);
                drop.exec(connection.dialect() == Dialect::PostgreSQL
                              ? u"DROP TRIGGER IF EXISTS %1 ON %2"_s.arg(name, qualifiedTable)
                              : u"DROP TRIGGER IF EXISTS %1"_s.arg(name));
            }
        }
    }
    for (const QString &sql : std::as_const(statements)) {
        QSqlQuery q(connection.database());
        if (!q.exec(sql))
            return errorText(q);
    }
    return {};
}

AuditSerializer::AuditSerializer(Connection &connection, const QString &qualifiedTable)
    : m_connection(connection)
    , m_table(qualifiedTable)
{
}

bool AuditSerializer::exec(const QString &sql)
{
    QSqlQuery q(m_connection.database());
    if (q.exec(sql))
        return true;
    m_error = errorText(q);
    return false;
}

bool AuditSerializer::begin(QString *error)
{
    bool ok = true;
    switch (m_connection.dialect()) {
    case Dialect::SQLite: {
        auto *handle = static_cast<sqlite3 *>(m_connection.nativeHandle("sqlite3*"));
        // Inside a transaction Godwit opened with BEGIN IMMEDIATE the write lock is held already.
        if (handle && sqlite3_get_autocommit(handle)) {
            ok = exec(u"BEGIN IMMEDIATE"_s);
            m_opened = ok ? Opened::Transaction : Opened::Nothing;
        }
        break;
    }
    case Dialect::PostgreSQL: {
        // A savepoint is refused outside a transaction block: then the append gets its own.
        if (exec(u"SAVEPOINT godwit_audit"_s))
            m_opened = Opened::Savepoint;
        else if (exec(u"BEGIN"_s))
            m_opened = Opened::Transaction;
        else
            ok = false;
        QSqlQuery q(m_connection.database());
        q.prepare(u"SELECT pg_advisory_xact_lock(?)"_s);
        q.addBindValue(advisoryLockKey(QByteArray("godwit.audit ") + m_table.toUtf8()));
        if (ok && !q.exec()) {
            m_error = errorText(q);
            ok = false;
        }
        break;
    }
    case Dialect::MySQL: {
        QSqlQuery q(m_connection.database());
        // MariaDB says whether a transaction is open; where it cannot, the caller's is assumed.
        if (q.exec(u"SELECT @@in_transaction"_s) && q.next() && q.value(0).toInt() == 0) {
            ok = exec(u"START TRANSACTION"_s);
            m_opened = ok ? Opened::Transaction : Opened::Nothing;
        }
        break;
    }
    }
    if (!ok) {
        end(false);
        *error = m_error;
    }
    return ok;
}

bool AuditSerializer::end(bool commit)
{
    const Opened opened = std::exchange(m_opened, Opened::Nothing);
    switch (opened) {
    case Opened::Nothing: return true;
    case Opened::Transaction: return exec(commit ? u"COMMIT"_s : u"ROLLBACK"_s);
    case Opened::Savepoint:
        if (!commit)
            exec(u"ROLLBACK TO SAVEPOINT godwit_audit"_s);
        return exec(u"RELEASE SAVEPOINT godwit_audit"_s);
    }
    return true;
}

AuditVerification verifyAuditChain(Connection &connection, const QString &table)
{
    AuditVerification result;
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, at, action, version, description, host, os_user, tool_version, plan_id, outcome, detail,"
                u" row_hash FROM %1 ORDER BY id"_s.arg(table))) {
        result.error = errorText(q);
        return result;
    }
    QString previous;
    while (q.next()) {
        AuditRow row;
        row.id = q.value(0).toLongLong();
        QString *fields[] = {&row.at, &row.action, &row.version, &row.description, &row.host, &row.osUser,
                             &row.toolVersion, &row.planId, &row.outcome, &row.detail, &row.rowHash};
        for (int i = 0; i < 11; ++i)
            *fields[i] = q.value(i + 1).toString();
        row.rowHash = row.rowHash.trimmed();
        ++result.rows;
        const bool chained = result.protectedFromId != 0;
        if (row.rowHash.isEmpty() && !chained) {
            ++result.unprotectedRows;
            continue;
        }
        if (!chained)
            result.protectedFromId = row.id;
        if (row.rowHash.isEmpty() || row.rowHash != auditRowHash(previous, row)) {
            result.badRowId = row.id;
            result.badRowWhat = u"%1 %2 %3"_s.arg(row.at, row.action, row.version).trimmed();
            result.problem = row.rowHash.isEmpty() ? u"missing-hash"_s : u"broken"_s;
            return result;
        }
        previous = row.rowHash;
    }
    return result;
}

} // namespace godwit
