#include "transactions.h"

#include "sql/postgresstatements.h"
#include "sql/sqltokens.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <libpq-fe.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Transactions)
};

bool startsWithWord(const QString &sql, const QRegularExpression &words)
{
    return words.match(sql).hasMatch();
}

bool isSqliteVacuum(const QString &sql)
{
    static const QRegularExpression vacuum(u"^\\s*VACUUM\\b"_s, QRegularExpression::CaseInsensitiveOption);
    return startsWithWord(sql, vacuum);
}

const QRegularExpression &controlWords()
{
    static const QRegularExpression control(u"^\\s*(BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE|START\\s+TRANSACTION)\\b"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return control;
}

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

// The script's own transaction control, as the reason it runs statement by statement.
QString controlReason(const Statement &statement)
{
    return Text::tr("it controls its own transactions (%1 at %2)")
        .arg(statement.sql.simplified().section(u' ', 0, 0).toUpper(), statement.location.toString());
}

} // namespace

QString noTransactionReason(const Connection &connection, const QList<Statement> &statements, QStringList &hints)
{
    QString reason;
    hints = QStringList(statements.size());
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const QString &sql = statements.at(i).sql;
        if (connection.dialect() == Dialect::SQLite) {
            if (isSqliteVacuum(sql))
                return QStringLiteral("VACUUM");
            if (startsWithWord(sql, controlWords()))
                return controlReason(statements.at(i));
        } else if (connection.dialect() == Dialect::PostgreSQL) {
            const PostgresStatementInfo info = analysePostgresStatement(sql, connection.serverVersionNumber());
            if (reason.isEmpty())
                reason = info.noTransactionReason;
            if (reason.isEmpty() && (info.transactionControl || doBlockControlsTransactions(sql)))
                reason = controlReason(statements.at(i));
            if (!info.concurrentIndex.isEmpty()) {
                hints[i] = Text::tr("a failed CREATE INDEX CONCURRENTLY leaves the index %1 behind, "
                              "INVALID: drop it with DROP INDEX CONCURRENTLY IF EXISTS %1; "
                              "before running the migration again")
                               .arg(info.concurrentIndex);
            }
        }
    }
    return reason;
}

InTransaction inTransactionForm(const Connection &connection, const QString &sql)
{
    const QRegularExpression &control = controlWords();
    const QString controlNote = Text::tr("skipped: transaction control would end the dry run's transaction");
    switch (connection.dialect()) {
    case Dialect::SQLite:
        if (startsWithWord(sql, control))
            return {InTransaction::Kind::Skipped, {}, controlNote};
        if (isSqliteVacuum(sql))
            return {InTransaction::Kind::Skipped, {}, Text::tr("skipped: VACUUM cannot run inside a transaction")};
        return {InTransaction::Kind::AsIs, sql, {}};
    case Dialect::PostgreSQL: {
        const PostgresStatementInfo info = analysePostgresStatement(sql, connection.serverVersionNumber());
        if (info.transactionControl)
            return {InTransaction::Kind::Skipped, {}, controlNote};
        if (!info.transactionalForm.isEmpty())
            return {InTransaction::Kind::Rewritten, info.transactionalForm,
                    Text::tr("ran without CONCURRENTLY: %1 cannot run inside a transaction").arg(info.noTransactionReason)};
        if (!info.noTransactionReason.isEmpty())
            return {InTransaction::Kind::Skipped, {},
                    Text::tr("skipped: %1 cannot run inside a transaction").arg(info.noTransactionReason)};
        return {InTransaction::Kind::AsIs, sql, {}};
    }
    case Dialect::MySQL:
        return {InTransaction::Kind::AsIs, sql, {}};
    }
    return {InTransaction::Kind::AsIs, sql, {}};
}

bool sessionInTransaction(Connection &connection)
{
    switch (connection.dialect()) {
    case Dialect::SQLite:
        if (auto *db = static_cast<sqlite3 *>(connection.nativeHandle("sqlite3*")))
            return sqlite3_get_autocommit(db) == 0;
        return false;
    case Dialect::PostgreSQL:
        if (auto *pg = static_cast<PGconn *>(connection.nativeHandle("pg_conn*")))
            return PQtransactionStatus(pg) != PQTRANS_IDLE;
        return false;
    case Dialect::MySQL:
        return false;
    }
    return false;
}

} // namespace godwit
