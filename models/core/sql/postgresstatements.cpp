#include "postgresstatements.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <pg_query.h>

namespace godwit {

using namespace Qt::StringLiterals;

namespace {
// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PostgresStatements)
};
// CREATE [UNIQUE] INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY, REINDEX [(…)] INDEX|TABLE
// CONCURRENTLY: the keyword comes before any name or expression, so the first one is it.
// The parser checks the result.
QString withoutConcurrently(const QString &sql, int serverVersion)
{
    static const QRegularExpression keyword(
        u"^(\\s*(?:CREATE\\s+(?:UNIQUE\\s+)?INDEX|DROP\\s+INDEX|REINDEX\\s*(?:\\([^)]*\\))?\\s*\\w+)\\s+)CONCURRENTLY\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto m = keyword.match(sql);
    if (!m.hasMatch())
        return {};
    const QString rewritten = sql.left(m.capturedEnd(1)) + sql.mid(m.capturedEnd(0)).trimmed();
    return analysePostgresStatement(rewritten, serverVersion).noTransactionReason.isEmpty() ? rewritten : QString();
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

    if (type == u"TransactionStmt") {
        info.transactionControl = true;
    } else if (type == u"IndexStmt" && node.value(u"concurrent").toBool()) {
        info.noTransactionReason = Text::tr("CREATE INDEX CONCURRENTLY");
        info.concurrentIndex = node.value(u"idxname").toString();
    } else if (type == u"DropStmt" && node.value(u"concurrent").toBool()) {
        info.noTransactionReason = Text::tr("DROP INDEX CONCURRENTLY");
    } else if (type == u"ReindexStmt") {
        for (const QJsonValue &param : node.value(u"params").toArray()) {
            if (param[u"DefElem"][u"defname"].toString() == u"concurrently")
                info.noTransactionReason = Text::tr("REINDEX CONCURRENTLY");
        }
    } else if (type == u"VacuumStmt" && node.value(u"is_vacuumcmd").toBool()) {
        info.noTransactionReason = Text::tr("VACUUM");
    } else if (type == u"CreatedbStmt" || type == u"DropdbStmt") {
        info.noTransactionReason = type == u"CreatedbStmt" ? Text::tr("CREATE DATABASE") : Text::tr("DROP DATABASE");
    } else if (type == u"CreateTableSpaceStmt" || type == u"DropTableSpaceStmt") {
        info.noTransactionReason = Text::tr("CREATE/DROP TABLESPACE");
    } else if (type == u"AlterSystemStmt") {
        info.noTransactionReason = Text::tr("ALTER SYSTEM");
    } else if (type == u"AlterEnumStmt" && node.contains(u"newVal") && serverVersion > 0 && serverVersion < 120000) {
        info.noTransactionReason = Text::tr("ALTER TYPE … ADD VALUE (before PostgreSQL 12)");
    }
    if (info.noTransactionReason.contains(u"CONCURRENTLY"))
        info.transactionalForm = withoutConcurrently(sql, serverVersion);
    return info;
}

} // namespace godwit
