#pragma once

// What the dialect analysers report to the linter: a rule, where in the statement (bytes
// from its start), and what the statement does. Private to lint/.

#include "linter.h"
#include "mysqlalter.h"

#include "sql/dialect.h"

#include <QList>
#include <QSet>
#include <QString>

namespace godwit::lint {

struct Hit
{
    QString rule;
    qsizetype offset = 0; ///< bytes from the statement's start
    Message message;
    QString table;       ///< the table it takes a lock on or changes, for the data-aware checks
    QStringList columns; ///< for NULL and duplicate counts
    QString misfit;      ///< a condition (%1: the column) true for values the new type cannot hold
    QString newType;     ///< a type change's new type, as PostgreSQL names it ("integer", "varchar(4)")
};

/*! What an analyser learns about a script as it goes, statement by statement. */
struct ScriptState
{
    bool wrapped = true;           ///< the runner holds a transaction around the script
    QSet<QString> createdTables;   ///< tables this script creates: no rows yet, no lock to fear
    QSet<QString> validatedChecks; ///< "table.column" with a validated IS NOT NULL check
    int openTransactions = 0;
    qsizetype beginStatement = -1; ///< index of an open BEGIN
    bool lockTimeoutSet = false;
    bool statementTimeoutSet = false;
    int firstLockingStatement = -1; ///< index of the first statement that takes a strong lock
    int index = 0;                  ///< of the statement being analysed
    std::optional<ServerVersion> server; ///< MySQL/MariaDB: which ALTERs are instant, in place or copies
    bool foreignKeyChecksOff = false;    ///< SET foreign_key_checks = 0 came before
    /*! Column types as CREATE TABLE and ADD COLUMN declare them ("bigint", "varchar(20)"),
        and (added by the linter) the type changes, in the order of the statements. */
    QList<ColumnTypeEvent> columnTypes;
};

/*! PostgreSQL, from libpg_query's parse tree. parseError is set when the parser refuses
    the statement (newer syntax): the caller reports it as not analysed. */
QList<Hit> analysePostgres(const QString &sql, ScriptState &state, QString *parseError);

/*! SQLite and MySQL/MariaDB, from the statement's tokens (comments and literals blanked). */
QList<Hit> analyseTokens(Dialect dialect, const QString &sql, ScriptState &state);

} // namespace godwit::lint
