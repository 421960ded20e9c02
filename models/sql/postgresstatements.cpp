#include "postgresstatements.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <pg_query.h>

namespace godwit {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PostgresStatements", text);
}
} // namespace

PostgresStatementInfo analysePostgresStatement(const QString &sql, int serverVersion)
{
    PostgresStatementInfo info;
    const QByteArray text = sql.toUtf8();
    PgQueryParseResult result = pg_query_parse(text.constData());
    if (result.error) {
        pg_query_free_parse_result(result);
        return info; // the server will say what is wrong, with its own words
    }
    const QJsonArray stmts = QJsonDocument::fromJson(result.parse_tree).object().value(u"stmts").toArray();
    pg_query_free_parse_result(result);
    info.parsed = true;
    if (stmts.isEmpty())
        return info;
    const QJsonObject stmt = stmts.first().toObject().value(u"stmt").toObject();
    const QString type = stmt.keys().value(0);
    const QJsonObject node = stmt.value(type).toObject();

    if (type == u"IndexStmt" && node.value(u"concurrent").toBool()) {
        info.noTransactionReason = tr("CREATE INDEX CONCURRENTLY");
        info.concurrentIndex = node.value(u"idxname").toString();
    } else if (type == u"DropStmt" && node.value(u"concurrent").toBool()) {
        info.noTransactionReason = tr("DROP INDEX CONCURRENTLY");
    } else if (type == u"ReindexStmt") {
        for (const QJsonValue &param : node.value(u"params").toArray()) {
            if (param[u"DefElem"][u"defname"].toString() == u"concurrently")
                info.noTransactionReason = tr("REINDEX CONCURRENTLY");
        }
    } else if (type == u"VacuumStmt" && node.value(u"is_vacuumcmd").toBool()) {
        info.noTransactionReason = tr("VACUUM");
    } else if (type == u"CreatedbStmt" || type == u"DropdbStmt") {
        info.noTransactionReason = type == u"CreatedbStmt" ? tr("CREATE DATABASE") : tr("DROP DATABASE");
    } else if (type == u"CreateTableSpaceStmt" || type == u"DropTableSpaceStmt") {
        info.noTransactionReason = tr("CREATE/DROP TABLESPACE");
    } else if (type == u"AlterSystemStmt") {
        info.noTransactionReason = tr("ALTER SYSTEM");
    } else if (type == u"AlterEnumStmt" && node.contains(u"newVal") && serverVersion > 0 && serverVersion < 120000) {
        info.noTransactionReason = tr("ALTER TYPE … ADD VALUE (before PostgreSQL 12)");
    }
    return info;
}

} // namespace godwit
