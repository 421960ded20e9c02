#include "sqltokens.h"

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c.unicode() >= 0x80;
}

/*! Walks a statement's text once; each read… function leaves m_pos after what it read. */
class Lexer
{
public:
    Lexer(Dialect dialect, const QString &sql)
        : m_dialect(dialect)
        , m_sql(sql)
        , m_n(sql.size())
    {
    }

    QList<SqlToken> run();

private:
    QChar at(qsizetype i) const { return i < m_n ? m_sql.at(i) : QChar(); }
    bool skipComment();
    void readQuoted(QChar close, SqlToken::Kind kind, bool backslashes);
    bool readDollarQuoted();
    void readWord();
    void readVariable();
    void push(SqlToken::Kind kind, qsizetype from, QString text, bool dollar = false)
    {
        m_tokens.append({kind, std::move(text), from, dollar});
    }

    Dialect m_dialect;
    const QString &m_sql;
    qsizetype m_n;
    qsizetype m_pos = 0;
    QList<SqlToken> m_tokens;
};

bool Lexer::skipComment()
{
    const QChar c = at(m_pos);
    const QChar next = at(m_pos + 1);
    const bool mysql = m_dialect == Dialect::MySQL;
    if ((c == u'-' && next == u'-' && (!mysql || at(m_pos + 2).isSpace() || m_pos + 2 >= m_n))
        || (c == u'#' && mysql)) {
        while (m_pos < m_n && m_sql.at(m_pos) != u'\n')
            ++m_pos;
        return true;
    }
    if (c == u'*' && next == u'/' && mysql) { // the end of an executable comment
        m_pos += 2;
        return true;
    }
    if (c != u'/' || next != u'*')
        return false;
    if (mysql && (at(m_pos + 2) == u'!' || (at(m_pos + 2) == u'M' && at(m_pos + 3) == u'!'))) {
        // /*!50100 code */ and MariaDB's /*M!100100 code */: the code counts.
        m_pos += at(m_pos + 2) == u'M' ? 4 : 3;
        while (m_pos < m_n && m_sql.at(m_pos).isDigit())
            ++m_pos;
        return true;
    }
    int depth = 1;
    m_pos += 2;
    while (m_pos < m_n && depth > 0) {
        if (m_sql.at(m_pos) == u'*' && at(m_pos + 1) == u'/') {
            --depth;
            m_pos += 2;
        } else if (m_dialect == Dialect::PostgreSQL && m_sql.at(m_pos) == u'/' && at(m_pos + 1) == u'*') {
            ++depth;
            m_pos += 2;
        } else {
            ++m_pos;
        }
    }
    return true;
}

void Lexer::readQuoted(QChar close, SqlToken::Kind kind, bool backslashes)
{
    const qsizetype from = m_pos++;
    QString text;
    while (m_pos < m_n) {
        const QChar c = m_sql.at(m_pos);
        if (backslashes && c == u'\\' && m_pos + 1 < m_n) {
            text += m_sql.at(m_pos + 1);
            m_pos += 2;
            continue;
        }
        if (c == close) {
            if (at(m_pos + 1) == close) {
                text += c;
                m_pos += 2;
                continue;
            }
            ++m_pos;
            break;
        }
        text += c;
        ++m_pos;
    }
    push(kind, from, text);
}

bool Lexer::readDollarQuoted()
{
    qsizetype p = m_pos + 1;
    while (p < m_n && m_sql.at(p) != u'$' && (m_sql.at(p).isLetterOrNumber() || m_sql.at(p) == u'_'))
        ++p;
    if (p >= m_n || m_sql.at(p) != u'$' || (p > m_pos + 1 && m_sql.at(m_pos + 1).isDigit()))
        return false;
    const QString tag = m_sql.mid(m_pos, p - m_pos + 1);
    const qsizetype close = m_sql.indexOf(tag, p + 1);
    const qsizetype bodyEnd = close < 0 ? m_n : close;
    push(SqlToken::Kind::String, p + 1, m_sql.mid(p + 1, bodyEnd - p - 1), true);
    m_pos = close < 0 ? m_n : close + tag.size();
    return true;
}

void Lexer::readWord()
{
    const qsizetype from = m_pos;
    const bool number = m_sql.at(m_pos).isDigit();
    while (m_pos < m_n && (isWordChar(m_sql.at(m_pos)) || (number && m_sql.at(m_pos) == u'.')))
        ++m_pos;
    const QString word = m_sql.mid(from, m_pos - from);
    bool digits = number;
    for (const QChar c : word)
        digits = digits && (c.isDigit() || c == u'.' || c == u'e' || c == u'E');
    push(digits ? SqlToken::Kind::Number : SqlToken::Kind::Word, from, word);
}

void Lexer::readVariable()
{
    const qsizetype from = m_pos;
    m_pos += at(m_pos + 1) == u'@' ? 2 : 1;
    if (at(m_pos) == u'`' || at(m_pos) == u'\'' || at(m_pos) == u'"') {
        const QChar quote = at(m_pos);
        readQuoted(quote, SqlToken::Kind::Variable, quote != u'`');
        m_tokens.last().offset = from;
        return;
    }
    while (m_pos < m_n && isWordChar(m_sql.at(m_pos)))
        ++m_pos;
    push(SqlToken::Kind::Variable, from, m_sql.mid(from, m_pos - from));
}

QList<SqlToken> Lexer::run()
{
    const bool mysql = m_dialect == Dialect::MySQL;
    while (m_pos < m_n) {
        const QChar c = m_sql.at(m_pos);
        if (c.isSpace()) {
            ++m_pos;
        } else if (skipComment()) {
            continue;
        } else if (c == u'\'') {
            readQuoted(u'\'', SqlToken::Kind::String, mysql);
        } else if (c == u'"') {
            readQuoted(u'"', mysql ? SqlToken::Kind::String : SqlToken::Kind::QuotedIdentifier, mysql);
        } else if (c == u'`' && m_dialect != Dialect::PostgreSQL) {
            readQuoted(u'`', SqlToken::Kind::QuotedIdentifier, false);
        } else if (c == u'[' && m_dialect == Dialect::SQLite) {
            readQuoted(u']', SqlToken::Kind::QuotedIdentifier, false);
        } else if (c == u'$' && m_dialect == Dialect::PostgreSQL && readDollarQuoted()) {
            continue;
        } else if (c == u'@' && mysql) {
            readVariable();
        } else if (isWordChar(c)) {
            readWord();
        } else {
            push(SqlToken::Kind::Punctuation, m_pos, QString(c));
            ++m_pos;
        }
    }
    return std::move(m_tokens);
}

} // namespace

QList<SqlToken> tokenizeStatement(Dialect dialect, const QString &sql)
{
    return Lexer(dialect, sql).run();
}

SourceLocation locationInStatement(const Statement &statement, qsizetype offset)
{
    SourceLocation location = statement.location;
    const QString &sql = statement.sql;
    offset = std::min(offset, sql.size());
    const qsizetype lastBreak = sql.lastIndexOf(u'\n', offset - 1);
    location.line += int(sql.left(offset).count(u'\n'));
    const qsizetype from = lastBreak < 0 ? 0 : lastBreak + 1;
    int columns = 0;
    for (qsizetype i = from; i < offset; ++i)
        columns += sql.at(i).isLowSurrogate() ? 0 : 1;
    location.column = lastBreak < 0 ? location.column + columns : columns + 1;
    return location;
}

QSet<QString> identifierWords(const QList<SqlToken> &tokens)
{
    QSet<QString> words;
    for (const SqlToken &t : tokens) {
        if (t.isIdentifier())
            words.insert(t.text.toLower());
    }
    return words;
}

} // namespace godwit
