#pragma once

#include "dialect.h"
#include "sourcetext.h"

#include <QList>
#include <QString>

#include <optional>

namespace godwit {

/*! One statement of a script: its text without the terminator and without leading
    comments, where it starts, and the byte range it came from. */
struct Statement
{
    QString sql;
    SourceLocation location;
    qsizetype offset = 0; ///< byte offset of the first token in the file
    qsizetype length = 0; ///< bytes up to (not including) the terminator
};

/*! Statements of a script, or the first input error. When error is set, statements is
    empty: nothing of a file that does not split cleanly may run. */
struct SplitResult
{
    QList<Statement> statements;
    std::optional<SqlError> error;

    bool ok() const { return !error.has_value(); }
};

/*! Splits [begin, end) of a script into statements for one dialect:
    - SQLite: accumulate to each ';' and ask sqlite3_complete(), as the sqlite3 shell does;
    - PostgreSQL: libpg_query's scanner, i.e. the server's own lexer;
    - MySQL/MariaDB: Godwit's lexer, with DELIMITER, conditional comments and compound
      statements (routine and trigger bodies) without a DELIMITER change.
    Before splitting, the range is checked for NUL bytes and invalid UTF-8. */
SplitResult splitStatements(Dialect dialect, const SourceText &source, qsizetype begin, qsizetype end);
SplitResult splitStatements(Dialect dialect, const SourceText &source);

/*! Makes a statement of [begin, end) taken as it is (goose StatementBegin/End): leading
    comments and surrounding whitespace are dropped, nothing else. Empty ranges give none. */
SplitResult verbatimStatement(Dialect dialect, const SourceText &source, qsizetype begin,
                                           qsizetype end);

/*! Whether sql begins with transaction control: BEGIN, COMMIT, END, ROLLBACK, SAVEPOINT,
    RELEASE, START TRANSACTION. */
bool isTransactionControl(const QString &sql);

} // namespace godwit
