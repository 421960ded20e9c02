#pragma once

// Internal to core/sql: the per-dialect splitters behind splitStatements(), and the
// helpers they share. The range they get has been checked for encoding already.

#include "sqlsplitter.h"

namespace godwit::detail {

SplitResult splitSqlite(const SourceText &source, qsizetype begin, qsizetype end);
SplitResult splitPostgres(const SourceText &source, qsizetype begin, qsizetype end);
SplitResult splitMysql(const SourceText &source, qsizetype begin, qsizetype end);

/*! Skips whitespace and comments from pos; returns the first offset of real text, or end.
    Stops at MySQL executable comments ("slash-star-bang"), which are code. */
qsizetype skipBlank(Dialect dialect, const char *data, qsizetype pos, qsizetype end);

/*! Appends the statement in [begin, end) unless it holds only blanks; trailing whitespace
    is trimmed. */
void appendStatement(Dialect dialect, const SourceText &source, qsizetype begin, qsizetype end,
                     QList<Statement> &out);

} // namespace godwit::detail
