#pragma once

#include "connection.h"

#include "sql/sqlsplitter.h"

#include <QStringList>

namespace godwit {

/*! What the statements themselves say a transaction cannot hold, as the engine's driver
    tells (EngineDriver::noTransactionReason): SQLite refuses VACUUM in one, and on
    PostgreSQL the server's parser tells (CONCURRENTLY, VACUUM, CREATE DATABASE…).
    Transaction control of the script's own (BEGIN, COMMIT, ROLLBACK, SAVEPOINT, END; a DO
    block that commits) is a reason too: a COMMIT would end Godwit's transaction
    halfway, so such a migration runs statement by statement with its progress recorded.
    Empty when one transaction can hold them all. hints gets, per statement, what
    a failure of it leaves behind (an INVALID index after CREATE INDEX CONCURRENTLY). */
QString noTransactionReason(const Connection &connection, const QList<Statement> &statements, QStringList &hints);

/*! How a statement runs inside a transaction that is rolled back at the end (a dry run):
    as it is, rewritten into the form a transaction can hold (CONCURRENTLY dropped), or
    skipped (transaction control, VACUUM, CREATE DATABASE), with the note that says so. */
struct InTransaction
{
    enum class Kind { AsIs, Rewritten, Skipped };
    Kind kind = Kind::AsIs;
    QString sql;
    QString note;
};

InTransaction inTransactionForm(const Connection &connection, const QString &sql);

/*! Whether the session is inside a transaction now (SQLite, PostgreSQL; false on MySQL,
    where DDL commits anyway): what ran since it began is undone if it is rolled back. */
bool sessionInTransaction(Connection &connection);

/*! The script's own transaction control, as the reason it runs statement by statement. */
QString transactionControlReason(const Statement &statement);
/*! The note of a statement that a dry run's transaction skips because it controls
    transactions. */
QString transactionControlSkipped();

} // namespace godwit
