#pragma once

#include "qsci.h"

#include "sql/dialect.h"

#include <QFont>

#include <memory>

namespace godwit {

/*! How SQL gets its colours in the editor, behind one small interface with two backends:
    KSyntaxHighlighting's definitions ("SQL (PostgreSQL)", "SQL (MySQL)", "SQL") and themes
    driving QScintilla through a QsciLexerCustom, when the build found KF6SyntaxHighlighting;
    QScintilla's own SQL lexer otherwise. */
class SqlHighlighting
{
public:
    virtual ~SqlHighlighting() = default;

    /*! The lexer to set on the editor; owned by the editor given at creation. */
    virtual QsciLexer *lexer() = 0;
    virtual void setDialect(Dialect dialect) = 0;
    virtual void setAppearance(const QFont &font, bool dark) = 0;
    /*! "KSyntaxHighlighting" or "QScintilla". */
    virtual QString backend() const = 0;
};

/*! The best backend this build has, its lexer parented to editor. */
std::unique_ptr<SqlHighlighting> makeSqlHighlighting(QsciScintilla *editor);

} // namespace godwit
