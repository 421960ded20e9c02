#include "sqlhighlighting.h"

#include <QHash>

#ifdef GODWIT_HAVE_KSYNTAXHIGHLIGHTING
#include "ksyntaxlexer.h"
#endif

namespace godwit {

namespace {

// QScintilla's own SQL lexer, with a dark set of colours of ours.
class QsciSqlHighlighting : public SqlHighlighting
{
public:
    explicit QsciSqlHighlighting(QsciScintilla *editor)
        : m_lexer(new QsciLexerSQL(editor))
    {
        m_lexer->setFoldComments(true);
        m_lexer->setFoldCompact(false);
    }

    QsciLexer *lexer() override { return m_lexer; }
    QString backend() const override { return QStringLiteral("QScintilla"); }

    void setDialect(Dialect dialect) override
    {
        // MySQL: # starts a comment and backslashes escape in strings.
        m_lexer->setHashComments(dialect == Dialect::MySQL);
        m_lexer->setBackslashEscapes(dialect == Dialect::MySQL);
    }

    void setAppearance(const QFont &font, bool dark) override
    {
        m_lexer->setDefaultFont(font);
        m_lexer->setFont(font, -1); // every style, comments too: SQL is read in columns
        const QColor paper = dark ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white);
        const QColor text = dark ? QColor(0xdc, 0xdc, 0xdc) : QColor(Qt::black);
        m_lexer->setDefaultPaper(paper);
        m_lexer->setDefaultColor(text);
        const QColor comment(0x6a, 0x99, 0x55), string(0xce, 0x91, 0x78);
        const QHash<int, QColor> darkColors{{QsciLexerSQL::Comment, comment},
                                            {QsciLexerSQL::CommentLine, comment},
                                            {QsciLexerSQL::CommentDoc, comment},
                                            {QsciLexerSQL::CommentLineHash, comment},
                                            {QsciLexerSQL::Number, QColor(0xb5, 0xce, 0xa8)},
                                            {QsciLexerSQL::Keyword, QColor(0x56, 0x9c, 0xd6)},
                                            {QsciLexerSQL::DoubleQuotedString, string},
                                            {QsciLexerSQL::SingleQuotedString, string},
                                            {QsciLexerSQL::QuotedIdentifier, QColor(0x9c, 0xdc, 0xfe)}};
        for (int style = 0; style <= QsciLexerSQL::QuotedOperator; ++style) {
            m_lexer->setPaper(paper, style);
            m_lexer->setColor(dark ? darkColors.value(style, text) : m_lexer->defaultColor(style), style);
        }
    }

private:
    QsciLexerSQL *m_lexer;
};

} // namespace

std::unique_ptr<SqlHighlighting> makeSqlHighlighting(QsciScintilla *editor)
{
#ifdef GODWIT_HAVE_KSYNTAXHIGHLIGHTING
    return std::make_unique<KSyntaxSqlHighlighting>(editor);
#else
    return std::make_unique<QsciSqlHighlighting>(editor);
#endif
}

} // namespace godwit
