#pragma once

// Internal to core/sql: the per-dialect tables behind Containment, and the token helpers
// they share.

#include "containment.h"
#include "sqltokens.h"

#include <QList>
#include <QSet>

namespace godwit::detail {

/*! Where a statement escapes the dry run (characters from the statement's start), what kind
    of escape that is (a stable id) and why, for people. */
struct Escape
{
    qsizetype offset = 0;
    QString kind;
    QString reason;
};

Escape shifted(Escape escape, qsizetype by);

/*! Reads a statement's tokens by position; out-of-range positions read as nothing. */
class TokenReader
{
public:
    explicit TokenReader(const QList<SqlToken> &tokens);

    qsizetype size() const { return m_tokens.size(); }
    const SqlToken &at(qsizetype i) const { return m_tokens.at(i); }
    /*! The word at i, upper case; empty for other tokens or out of range. */
    QString word(qsizetype i) const;
    bool punctuation(qsizetype i, QChar c) const;
    /*! A function call: a word followed by "(", not a qualified column. */
    bool isCall(qsizetype i) const;
    qsizetype statementEnd(qsizetype from) const;
    /*! Where statements start: 0, after ";", after the words in openers (BEGIN, THEN …)
        and after FOR EACH ROW: the statements of a routine, trigger or event body. */
    QList<qsizetype> statementStarts(const QSet<QString> &openers) const;
    /*! The first word of objects among the dozen tokens after from (CREATE … DATABASE),
        skipping a DEFINER's user; -1 if none. */
    qsizetype objectKeyword(qsizetype from, const QSet<QString> &objects) const;

private:
    const QList<SqlToken> &m_tokens;
};

/*! The first escape in a MySQL/MariaDB statement (or a body read from a string). */
std::optional<Escape> mysqlEscape(const ContainmentScope &scope, const QList<SqlToken> &tokens, int depth);
/*! The first escape in a PostgreSQL statement; dollar-quoted bodies are read as well. */
std::optional<Escape> postgresEscape(ContainmentScope &scope, const QList<SqlToken> &tokens, int depth);
std::optional<Escape> sqliteEscape(const QList<SqlToken> &tokens);

} // namespace godwit::detail
