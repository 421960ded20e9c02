#include "transactions.h"

#include "drivers/enginedriver.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Transactions)
};

} // namespace

QString transactionControlReason(const Statement &statement)
{
    return Text::tr("it controls its own transactions (%1 at %2)")
        .arg(statement.sql.simplified().section(u' ', 0, 0).toUpper(), statement.location.toString());
}

QString transactionControlSkipped()
{
    return Text::tr("skipped: transaction control would end the dry run's transaction");
}

QString noTransactionReason(const Connection &connection, const QList<Statement> &statements, QStringList &hints)
{
    hints = QStringList(statements.size());
    return connection.driver().noTransactionReason(connection, statements, hints);
}

InTransaction inTransactionForm(const Connection &connection, const QString &sql)
{
    return connection.driver().inTransactionForm(connection, sql);
}

bool sessionInTransaction(Connection &connection)
{
    return connection.driver().sessionInTransaction(connection);
}

} // namespace godwit
