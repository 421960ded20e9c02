#include "postgresdriver.h"

#include "database/pgescapes.h"
#include "sql/postgresstatements.h"
#include "sql/sqltokens.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace godwit::drivers {

namespace {

// The strings of transactions, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Transactions)
};

// A DO block may COMMIT or ROLLBACK when no transaction block surrounds it.
bool doBlockControlsTransactions(const QString &sql)
{
    const QList<SqlToken> tokens = tokenizeStatement(Dialect::PostgreSQL, sql);
    if (tokens.isEmpty() || !tokens.first().isWord("DO"_L1))
        return false;
    for (const SqlToken &t : tokens) {
        if (!t.dollarQuoted && t.kind != SqlToken::Kind::String)
            continue;
        for (const SqlToken &inner : tokenizeStatement(Dialect::PostgreSQL, t.text)) {
            if (inner.isWord("COMMIT"_L1) || inner.isWord("ROLLBACK"_L1))
                return true;
        }
    }
    return false;
}

} // namespace

// The server's parser tells (CONCURRENTLY, VACUUM, CREATE DATABASE…).
QString PostgresDriver::noTransactionReason(const Connection &connection, const QList<Statement> &statements,
                                            QStringList &hints) const
{
    QString reason;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const QString &sql = statements.at(i).sql;
        const PostgresStatementInfo info = analysePostgresStatement(sql, connection.serverVersionNumber());
        if (reason.isEmpty())
            reason = info.noTransactionReason;
        if (reason.isEmpty() && (info.transactionControl || doBlockControlsTransactions(sql)))
            reason = transactionControlReason(statements.at(i));
        if (!info.concurrentIndex.isEmpty()) {
            hints[i] = Text::tr("a failed CREATE INDEX CONCURRENTLY leaves the index %1 behind, "
                                "INVALID: drop it with DROP INDEX CONCURRENTLY IF EXISTS %1; "
                                "before running the migration again")
                           .arg(info.concurrentIndex);
        }
    }
    return reason;
}

InTransaction PostgresDriver::inTransactionForm(const Connection &connection, const QString &sql) const
{
    const PostgresStatementInfo info = analysePostgresStatement(sql, connection.serverVersionNumber());
    if (info.transactionControl)
        return {InTransaction::Kind::Skipped, {}, transactionControlSkipped()};
    if (!info.transactionalForm.isEmpty())
        return {InTransaction::Kind::Rewritten, info.transactionalForm,
                Text::tr("ran without CONCURRENTLY: %1 cannot run inside a transaction").arg(info.noTransactionReason)};
    if (!info.noTransactionReason.isEmpty())
        return {InTransaction::Kind::Skipped, {},
                Text::tr("skipped: %1 cannot run inside a transaction").arg(info.noTransactionReason)};
    return {InTransaction::Kind::AsIs, sql, {}};
}

bool PostgresDriver::sessionInTransaction(Connection &connection) const
{
    if (auto *pg = static_cast<PGconn *>(connection.nativeHandle("pg_conn*")))
        return PQtransactionStatus(pg) != PQTRANS_IDLE;
    return false;
}

// The foreign tables of work are outside, and so are work's own routines that reach
// outside, with the relations and event triggers that run them.
QString PostgresDriver::readContainmentScope(Connection &, Connection &work, ContainmentScope &scope) const
{
    QSqlQuery q(work.database());
    if (q.exec(u"SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
               u" WHERE c.relkind = 'f'"_s)) {
        while (q.next()) {
            const QString name = q.value(1).toString().toCaseFolded();
            scope.foreignTables << name << q.value(0).toString().toCaseFolded() + u'.' + name;
        }
    }
    return readPostgresEscapes(work, scope);
}

} // namespace godwit::drivers
