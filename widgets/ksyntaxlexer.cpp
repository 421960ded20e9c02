#include "ksyntaxlexer.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo; // loading it costs; one per process
    return repo;
}

} // namespace

KSyntaxLexer::KSyntaxLexer(QObject *parent)
    : QsciLexerCustom(parent)
{
    useDefinition(u"SQL"_s);
    useTheme(false);
}

QString KSyntaxLexer::definitionName() const
{
    return definition().name();
}

QString KSyntaxLexer::description(int style) const
{
    // QScintilla treats a style without a description as unused.
    if (style == 0)
        return u"Default"_s;
    const auto it = m_formats.constFind(style);
    return it == m_formats.cend() ? QString() : it->name();
}

void KSyntaxLexer::useDefinition(const QString &name)
{
    setDefinition(repository().definitionForName(name));
    m_states.clear();
    if (editor())
        editor()->recolor();
}

void KSyntaxLexer::useTheme(bool dark)
{
    setTheme(repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                            : KSyntaxHighlighting::Repository::LightTheme));
    const KSyntaxHighlighting::Theme t = theme();
    setDefaultColor(QColor::fromRgba(t.textColor(KSyntaxHighlighting::Theme::Normal)));
    setDefaultPaper(QColor::fromRgba(t.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    setColor(defaultColor(), 0);
    setPaper(defaultPaper(), 0);
    for (auto it = m_formats.cbegin(); it != m_formats.cend(); ++it)
        colourStyle(it.key(), it.value());
}

void KSyntaxLexer::colourStyle(int style, const KSyntaxHighlighting::Format &format)
{
    const KSyntaxHighlighting::Theme t = theme();
    setColor(format.hasTextColor(t) ? format.textColor(t) : defaultColor(), style);
    setPaper(format.hasBackgroundColor(t) ? format.backgroundColor(t) : defaultPaper(), style);
    QFont f = font(0);
    f.setBold(format.isBold(t));
    f.setItalic(format.isItalic(t));
    setFont(f, style);
}

int KSyntaxLexer::styleFor(const KSyntaxHighlighting::Format &format)
{
    if (!format.isValid() || format.isDefaultTextStyle(theme()))
        return 0;
    if (const auto it = m_styleOfFormat.constFind(format.id()); it != m_styleOfFormat.cend())
        return *it;
    // Styles 32 to 39 are Scintilla's own (line numbers, braces…).
    int style = int(m_formats.size()) + 1;
    if (style >= QsciScintillaBase::STYLE_DEFAULT)
        style += QsciScintillaBase::STYLE_LASTPREDEFINED - QsciScintillaBase::STYLE_DEFAULT + 1;
    if (style > 255)
        return 0;
    m_styleOfFormat.insert(format.id(), style);
    m_formats.insert(style, format);
    colourStyle(style, format);
    return style;
}

void KSyntaxLexer::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    m_spans.append({offset, length, styleFor(format)});
}

void KSyntaxLexer::styleText(int start, int end)
{
    QsciScintilla *ed = editor();
    if (!ed)
        return;
    const int first = int(ed->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, static_cast<unsigned long>(start)));
    const int last = int(ed->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, static_cast<unsigned long>(end)));
    if (m_states.size() < last + 1)
        m_states.resize(last + 1);
    KSyntaxHighlighting::State state = first > 0 ? m_states.at(first - 1) : KSyntaxHighlighting::State();
    const int length = int(ed->SendScintilla(QsciScintillaBase::SCI_GETLENGTH));
    for (int line = first; line <= last; ++line) {
        const int lineStart = int(ed->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, static_cast<unsigned long>(line)));
        const int lineEnd = int(ed->SendScintilla(QsciScintillaBase::SCI_GETLINEENDPOSITION, static_cast<unsigned long>(line)));
        const int nextLine = line + 1 < ed->lines()
                                 ? int(ed->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, static_cast<unsigned long>(line + 1)))
                                 : length;
        QByteArray bytes(lineEnd - lineStart, Qt::Uninitialized);
        if (!bytes.isEmpty())
            ed->SendScintilla(QsciScintillaBase::SCI_GETTEXTRANGE, lineStart, lineEnd, bytes.data());
        const QString text = QString::fromUtf8(bytes);
        // Byte offset of each UTF-16 position of the line.
        QList<int> byteAt(text.size() + 1);
        int b = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            byteAt[i] = b;
            const char16_t c = text.at(i).unicode();
            b += c < 0x80 ? 1 : c < 0x800 ? 2 : QChar::isHighSurrogate(c) ? 4 : QChar::isLowSurrogate(c) ? 0 : 3;
        }
        byteAt[text.size()] = b;

        m_spans.clear();
        state = highlightLine(text, state);
        m_states[line] = state;
        startStyling(lineStart);
        int at = 0; // UTF-16 position styled so far
        for (const Span &s : std::as_const(m_spans)) {
            if (s.offset < at || s.length <= 0)
                continue;
            if (s.offset > at)
                setStyling(byteAt[s.offset] - byteAt[at], 0);
            const int stop = std::min<int>(s.offset + s.length, int(text.size()));
            setStyling(byteAt[stop] - byteAt[s.offset], s.style);
            at = stop;
        }
        // The rest of the line and its end of line.
        setStyling(byteAt[text.size()] - byteAt[at] + (nextLine - lineEnd), 0);
    }
}

KSyntaxSqlHighlighting::KSyntaxSqlHighlighting(QsciScintilla *editor)
    : m_lexer(new KSyntaxLexer(editor))
{
}

void KSyntaxSqlHighlighting::setDialect(Dialect dialect)
{
    m_lexer->useDefinition(dialect == Dialect::PostgreSQL ? u"SQL (PostgreSQL)"_s
                           : dialect == Dialect::MySQL    ? u"SQL (MySQL)"_s
                                                          : u"SQL"_s);
}

void KSyntaxSqlHighlighting::setAppearance(const QFont &font, bool dark)
{
    m_lexer->setDefaultFont(font);
    m_lexer->setFont(font, -1);
    m_lexer->useTheme(dark);
}

} // namespace godwit
