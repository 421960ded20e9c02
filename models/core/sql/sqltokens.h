#pragma once

#include "dialect.h"
#include "sqlsplitter.h"

#include <QList>
#include <QSet>
#include <QString>

namespace godwit {

/*! One token of a statement, as the dialect's lexer sees it: comments are gone, MySQL's
    executable comments count as code. */
struct SqlToken
{
    enum class Kind {
        Word,             ///< keyword or unquoted identifier, as written
        QuotedIdentifier, ///< text without its quotes
        String,           ///< text without its quotes (dollar-quoted bodies too)
        Number,
        Variable,         ///< MySQL @name, @@name, @@global (the scope without the dot)
        Punctuation,      ///< one character
    };
    Kind kind = Kind::Punctuation;
    QString text;
    qsizetype offset = 0; ///< characters from the statement's start (a dollar-quoted body: where its text starts)
    bool dollarQuoted = false; ///< PostgreSQL $tag$…$tag$

    bool isWord(QLatin1StringView word) const
    {
        return kind == Kind::Word && text.compare(word, Qt::CaseInsensitive) == 0;
    }
    bool isIdentifier() const { return kind == Kind::Word || kind == Kind::QuotedIdentifier; }
    bool is(QChar c) const { return kind == Kind::Punctuation && text.size() == 1 && text.front() == c; }
};

/*! The tokens of one statement (a Statement's sql) for a dialect. Unterminated quotes and
    comments end at the end of the text: the splitter has refused those already. */
QList<SqlToken> tokenizeStatement(Dialect dialect, const QString &sql);

/*! The words and quoted identifiers of tokens in lower case: every name the statement could
    mean (keywords among them), for matching against an object's name. */
QSet<QString> identifierWords(const QList<SqlToken> &tokens);

/*! Where the character at offset of a statement's text is in its file. */
SourceLocation locationInStatement(const Statement &statement, qsizetype offset);

} // namespace godwit
