#include "sqlitedriver.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace godwit::drivers {

namespace {

// The strings of transactions, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Transactions)
};

bool isVacuum(const QString &sql)
{
    static const QRegularExpression vacuum(u"^\\s*VACUUM\\b"_s, QRegularExpression::CaseInsensitiveOption);
    return vacuum.match(sql).hasMatch();
}

} // namespace

// SQLite refuses VACUUM in a transaction.
QString SqliteDriver::noTransactionReason(const Connection &, const QList<Statement> &statements, QStringList &) const
{
    for (const Statement &statement : statements) {
        if (isVacuum(statement.sql))
            return u"VACUUM"_s;
        if (isTransactionControl(statement.sql))
            return transactionControlReason(statement);
    }
    return {};
}

InTransaction SqliteDriver::inTransactionForm(const Connection &, const QString &sql) const
{
    if (isTransactionControl(sql))
        return {InTransaction::Kind::Skipped, {}, transactionControlSkipped()};
    if (isVacuum(sql))
        return {InTransaction::Kind::Skipped, {}, Text::tr("skipped: VACUUM cannot run inside a transaction")};
    return {InTransaction::Kind::AsIs, sql, {}};
}

bool SqliteDriver::sessionInTransaction(Connection &connection) const
{
    if (auto *db = static_cast<sqlite3 *>(connection.nativeHandle("sqlite3*")))
        return sqlite3_get_autocommit(db) == 0;
    return false;
}

} // namespace godwit::drivers
