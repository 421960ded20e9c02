#include "pythonmodule.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Alembic)
};

// Just enough of Python's tokenizer to find module-level assignments: strings (so that a
// "revision = " inside a docstring is no assignment), comments, brackets (so that a tuple
// may span lines) and logical lines.
struct Token
{
    enum class Type { Name, String, Op, Other };
    Type type = Type::Other;
    QString text; ///< a string's value, escapes decoded
    int line = 0;
    int column = 0;
    bool plainString = false; ///< a str literal: no b or f prefix
};

/*! A logical line: its tokens and the indentation of its first one. */
struct Statement
{
    QList<Token> tokens;
    int indent = 0;
};

QString decodeEscapes(QStringView body)
{
    QString out;
    out.reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] != u'\\' || i + 1 == body.size()) {
            out.append(body[i]);
            continue;
        }
        const QChar next = body[++i];
        switch (next.unicode()) {
        case '\n': break; // a backslash-newline continues the string
        case 'n': out.append(u'\n'); break;
        case 't': out.append(u'\t'); break;
        case 'r': out.append(u'\r'); break;
        case '\\': case '\'': case '"': out.append(next); break;
        default: out.append(u'\\').append(next); break; // Python keeps unknown escapes
        }
    }
    return out;
}

class Lexer
{
public:
    explicit Lexer(const QString &source) : s(source) {}

    /*! The module's logical lines, or where the tokenizer gave up. */
    std::optional<PythonReadError> run(QList<Statement> &out)
    {
        while (i < s.size()) {
            const QChar c = s[i];
            if (c == u'\n' || (c == u';' && depth == 0)) {
                if (c == u'\n')
                    newLine();
                else
                    ++i;
                endStatement(out, c == u';');
            } else if (c == u'#') {
                while (i < s.size() && s[i] != u'\n')
                    ++i;
            } else if (c == u'\\' && i + 1 < s.size() && s[i + 1] == u'\n') {
                ++i;
                newLine();
            } else if (c == u' ' || c == u'\t' || c == u'\r' || c == u'\f') {
                ++i;
            } else if (c == u'"' || c == u'\'') {
                if (auto error = string(QString()))
                    return error;
            } else if (c.isLetter() || c == u'_' || c.unicode() > 127) {
                if (auto error = name())
                    return error;
            } else {
                punctuation();
            }
        }
        depth = 0; // an unclosed bracket ends with the file; the value parser says so
        endStatement(out, false);
        return std::nullopt;
    }

private:
    PythonPosition here() const { return {line, int(i - lineStart) + 1}; }

    void newLine()
    {
        ++i;
        ++line;
        lineStart = i;
    }

    void endStatement(QList<Statement> &out, bool semicolon)
    {
        if (depth > 0 && !semicolon)
            return; // inside brackets a newline continues the line
        if (!current.tokens.isEmpty())
            out.append(std::exchange(current, Statement{}));
        afterSemicolon = semicolon;
    }

    void push(Token t, PythonPosition at)
    {
        t.line = at.line;
        t.column = at.column;
        if (current.tokens.isEmpty()) {
            // "a = 1; b = 2": b is at a's indentation, whatever its column.
            current.indent = afterSemicolon ? previousIndent : at.column - 1;
            previousIndent = current.indent;
            afterSemicolon = false;
        }
        current.tokens.append(std::move(t));
    }

    std::optional<PythonReadError> name()
    {
        const PythonPosition at = here();
        const qsizetype from = i;
        while (i < s.size() && (s[i].isLetterOrNumber() || s[i] == u'_' || s[i].unicode() > 127))
            ++i;
        const QString word = s.mid(from, i - from);
        static const QSet<QString> prefixes{u"r"_s, u"u"_s, u"b"_s, u"f"_s, u"br"_s, u"rb"_s, u"fr"_s, u"rf"_s};
        if (i < s.size() && (s[i] == u'"' || s[i] == u'\'') && prefixes.contains(word.toLower())) {
            i = from;
            return string(word.toLower(), at);
        }
        push({Token::Type::Name, word}, at);
        return std::nullopt;
    }

    std::optional<PythonReadError> string(const QString &prefix, std::optional<PythonPosition> start = {})
    {
        const PythonPosition at = start.value_or(here());
        i += prefix.size();
        const QChar quote = s[i];
        const bool triple = s.mid(i, 3) == QString(3, quote);
        const qsizetype bodyStart = i + (triple ? 3 : 1);
        for (i = bodyStart; i < s.size(); ++i) {
            if (s[i] == u'\\' && i + 1 < s.size()) {
                if (s[++i] == u'\n') {
                    ++line;
                    lineStart = i + 1;
                }
            } else if (s[i] == u'\n') {
                if (!triple)
                    return PythonReadError{at, Text::msg("the string is not closed on its line")};
                ++line;
                lineStart = i + 1;
            } else if (s[i] == quote && (!triple || s.mid(i, 3) == QString(3, quote))) {
                const QStringView body = QStringView(s).mid(bodyStart, i - bodyStart);
                i += triple ? 3 : 1;
                Token t{Token::Type::String, prefix.contains(u'r') ? body.toString() : decodeEscapes(body)};
                t.plainString = !prefix.contains(u'b') && !prefix.contains(u'f');
                push(std::move(t), at);
                return std::nullopt;
            }
        }
        return PythonReadError{at, Text::msg("the string is not closed")};
    }

    void punctuation()
    {
        const PythonPosition at = here();
        const QChar c = s[i];
        if (c == u'(' || c == u'[' || c == u'{')
            ++depth;
        else if ((c == u')' || c == u']' || c == u'}') && depth > 0)
            --depth;
        if (c.isDigit() || c == u'.') {
            const qsizetype from = i;
            while (i < s.size() && (s[i].isLetterOrNumber() || s[i] == u'.' || s[i] == u'_'))
                ++i;
            push({Token::Type::Other, s.mid(from, i - from)}, at);
            return;
        }
        // "==", ":=", "+=" and the like are no plain assignment.
        const bool twoChars = i + 1 < s.size() && s[i + 1] == u'=' && QStringView(u"=!<>:+-*/%&|^@").contains(c);
        push({Token::Type::Op, s.mid(i, twoChars ? 2 : 1)}, at);
        i += twoChars ? 2 : 1;
    }

    const QString &s;
    qsizetype i = 0;
    qsizetype lineStart = 0;
    int line = 1;
    int depth = 0;
    int previousIndent = 0;
    bool afterSemicolon = false;
    Statement current;
};

class ValueParser
{
public:
    explicit ValueParser(QList<Token> tokens) : t(std::move(tokens)) {}

    std::optional<PythonReadError> parse(PythonValue &out, PythonPosition assignedAt)
    {
        if (t.isEmpty())
            return PythonReadError{assignedAt, Text::msg("no value after '='")};
        bool comma = false;
        if (auto error = items(out, comma, QString()))
            return error;
        out.sequence = out.sequence || comma; // ("a", "b") or "a", "b"
        if (out.none && (comma || out.items.size() > 0))
            return PythonReadError{position(0), Text::msg("None inside a tuple")};
        return std::nullopt;
    }

private:
    PythonPosition position(qsizetype k) const
    {
        const Token &token = t[std::min(k, t.size() - 1)];
        return {token.line, token.column + (k >= t.size() ? int(token.text.size()) : 0)};
    }

    bool isOp(QStringView op) const { return k < t.size() && t[k].type == Token::Type::Op && t[k].text == op; }

    // items := atom (',' atom)* [','], up to `close` (or the end of the statement).
    std::optional<PythonReadError> items(PythonValue &out, bool &comma, const QString &close)
    {
        while (k < t.size() && !(close.size() && isOp(close))) {
            if (auto error = atom(out, !close.isEmpty() || comma))
                return error;
            if (!isOp(u","))
                break;
            comma = true;
            ++k;
        }
        if (close.isEmpty() ? k < t.size() : !isOp(close))
            return PythonReadError{position(k), close.isEmpty() ? Text::msg("unexpected %1 in the value").arg(k < t.size() ? t[k].text : QString())
                                                           : Text::msg("expected '%1'").arg(close)};
        k += close.isEmpty() ? 0 : 1;
        return std::nullopt;
    }

    std::optional<PythonReadError> atom(PythonValue &out, bool inSequence)
    {
        const Token &token = t[k];
        if (token.type == Token::Type::Name && token.text == u"None" && !inSequence) {
            ++k;
            out.none = true;
            return std::nullopt;
        }
        if (token.type == Token::Type::String) {
            QString text;
            for (; k < t.size() && t[k].type == Token::Type::String; ++k) { // "a" "b" is "ab"
                if (!t[k].plainString)
                    return PythonReadError{position(k), Text::msg("only plain string literals are read, without b or f prefix")};
                text += t[k].text;
            }
            out.items.append(text);
            out.positions.append({token.line, token.column});
            return std::nullopt;
        }
        if (!inSequence && (isOp(u"(") || isOp(u"["))) {
            const QString close = isOp(u"(") ? u")"_s : u"]"_s;
            const bool list = close == u"]";
            ++k;
            bool comma = false;
            if (auto error = items(out, comma, close))
                return error;
            out.sequence = comma || list || out.items.isEmpty();
            return std::nullopt;
        }
        return PythonReadError{position(k), Text::msg("%1 is not a string, None, or a tuple or list of strings").arg(token.text)};
    }

    QList<Token> t;
    qsizetype k = 0;
};

// Reads one module-level assignment: `name = value` or `name: annotation = value`; a bare
// annotation assigns nothing.
std::optional<PythonReadError> readAssignment(const Statement &st, PythonModule &file)
{
    const QList<Token> &t = st.tokens;
    qsizetype k = 1;
    if (t.size() > 1 && t[1].type == Token::Type::Op && t[1].text == u":") {
        int depth = 0;
        for (k = 2; k < t.size() && !(depth == 0 && t[k].type == Token::Type::Op && t[k].text == u"="); ++k) {
            if (t[k].type == Token::Type::Op)
                depth += QStringView(u"([{").contains(t[k].text) ? 1 : QStringView(u")]}").contains(t[k].text) ? -1 : 0;
        }
        if (k == t.size())
            return std::nullopt;
    }
    if (k >= t.size() || t[k].type != Token::Type::Op || t[k].text != u"=")
        return std::nullopt; // "revision += x", "revision.x = y", a call: not what Alembic reads
    PythonAssignment a;
    a.at = {t[0].line, t[0].column};
    if (auto error = ValueParser(t.mid(k + 1)).parse(a.value, {t[k].line, t[k].column + 1}))
        return error;
    file.assignments.insert(t[0].text, a);
    return std::nullopt;
}

} // namespace

std::optional<PythonReadError> readPythonModule(const QByteArray &content, const QStringList &names, PythonModule &file)
{
    QList<Statement> statements;
    // Python reads "\r\n" as "\n" (a backslash before it continues the line) and skips a BOM.
    QString source = QString::fromUtf8(content).replace(u"\r\n"_s, u"\n"_s);
    if (source.startsWith(QChar(0xFEFF)))
        source.remove(0, 1);
    if (auto error = Lexer(source).run(statements))
        return error;
    for (qsizetype n = 0; n < statements.size(); ++n) {
        const Statement &st = statements[n];
        const Token &first = st.tokens.first();
        if (n == 0 && first.type == Token::Type::String
            && std::all_of(st.tokens.begin(), st.tokens.end(), [](const Token &t) { return t.type == Token::Type::String; })) {
            for (const Token &t : st.tokens)
                file.docstring += t.text;
        } else if (st.indent == 0 && first.type == Token::Type::Name && names.contains(first.text)) {
            if (auto error = readAssignment(st, file))
                return error;
        }
    }
    return std::nullopt;
}

} // namespace godwit
