#pragma once

#include "sqlhighlighting.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

#include <QHash>
#include <QList>

namespace godwit {

/*! KSyntaxHighlighting driving QScintilla: a QsciLexerCustom that highlights line by line,
    keeping each line's end state so that an edit restyles from its line on. Formats become
    QScintilla styles as they appear. KSyntaxHighlighting counts UTF-16 units, QScintilla
    UTF-8 bytes: every span is converted through the line's byte offsets. */
class KSyntaxLexer : public QsciLexerCustom, public KSyntaxHighlighting::AbstractHighlighter
{
    Q_OBJECT

public:
    explicit KSyntaxLexer(QObject *parent = nullptr);

    const char *language() const override { return "SQL"; }
    QString description(int style) const override;
    void styleText(int start, int end) override;

    /*! "SQL (PostgreSQL)", "SQL (MySQL)", "SQL". */
    void useDefinition(const QString &name);
    void useTheme(bool dark);
    QString definitionName() const;

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    int styleFor(const KSyntaxHighlighting::Format &format);
    void colourStyle(int style, const KSyntaxHighlighting::Format &format);

    struct Span
    {
        int offset;
        int length;
        int style;
    };
    QList<Span> m_spans;
    QList<KSyntaxHighlighting::State> m_states; ///< the state at the end of each line
    QHash<int, int> m_styleOfFormat;            ///< Format::id() → style
    QHash<int, KSyntaxHighlighting::Format> m_formats; ///< style → Format
};

class KSyntaxSqlHighlighting : public SqlHighlighting
{
public:
    explicit KSyntaxSqlHighlighting(QsciScintilla *editor);
    QsciLexer *lexer() override { return m_lexer; }
    QString backend() const override { return QStringLiteral("KSyntaxHighlighting"); }
    void setDialect(Dialect dialect) override;
    void setAppearance(const QFont &font, bool dark) override;

private:
    KSyntaxLexer *m_lexer;
};

} // namespace godwit
