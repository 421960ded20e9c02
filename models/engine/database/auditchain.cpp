#include "auditchain.h"

#include "drivers/enginedriver.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

void addField(QByteArray &bytes, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    bytes += QByteArray::number(utf8.size()) + ':' + utf8 + ';';
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
    const EngineDriver &driver = connection.driver();
    const AuditProtection protection = driver.auditProtection(schema, qualifiedTable);
    if (protection.counted) {
        // Only what is missing: a table protected before needs no privilege to stay so.
        const QStringList names{QLatin1String(auditTriggers::noUpdate), QLatin1String(auditTriggers::noDelete),
                                QLatin1String(auditTriggers::noTruncate)};
        QString error;
        const int present = driver.countTriggers(connection, qualifiedTable, names, &error);
        if (present < 0)
            return error;
        const qsizetype wanted = protection.triggers.size();
        if (present == wanted)
            return {};
        if (present > 0) {
            // Partly there (one dropped): drop the rest and create all again.
            for (qsizetype i = 0; i < wanted; ++i) {
                QSqlQuery drop(connection.database());
                drop.exec(driver.dropTriggerStatement(names.at(i), qualifiedTable));
            }
        }
    }
    for (const QString &sql : protection.setup + protection.triggers) {
        QSqlQuery q(connection.database());
        if (!q.exec(sql))
            return queryError(q);
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
    m_error = queryError(q);
    return false;
}

bool AuditSerializer::begin(QString *error)
{
    const bool ok = m_connection.driver().lockAuditLog(m_connection, m_table, m_opened, &m_error);
    if (!ok) {
        end(false);
        *error = m_error;
    }
    return ok;
}

bool AuditSerializer::end(bool commit)
{
    const AuditOpened opened = std::exchange(m_opened, AuditOpened::Nothing);
    switch (opened) {
    case AuditOpened::Nothing: return true;
    case AuditOpened::Transaction: return exec(commit ? u"COMMIT"_s : u"ROLLBACK"_s);
    case AuditOpened::Savepoint:
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
        result.error = queryError(q);
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
