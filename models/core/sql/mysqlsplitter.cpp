#include "splitters_p.h"

#include <QCoreApplication>

#include <cstring>

namespace godwit::detail {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SqlSplitter)
};

inline bool isWordChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_'
           || u == '$' || u >= 0x80;
}

inline bool wordIs(const char *word, qsizetype length, const char *keyword)
{
    const auto n = qsizetype(std::strlen(keyword));
    return n == length && qstrnicmp(word, keyword, size_t(n)) == 0;
}

/*! The lexer state of one MySQL script: where the current statement began, the delimiter,
    and what is needed to see a routine or trigger body written without DELIMITER. */
class MysqlLexer
{
public:
    MysqlLexer(const SourceText &source, qsizetype begin, qsizetype end)
        : m_source(source)
        , m_data(source.bytes().constData())
        , m_pos(begin)
        , m_end(end)
    {
    }

    SplitResult run();

private:
    bool atStatementStart() const { return skipBlank(Dialect::MySQL, m_data, m_start, m_pos) == m_pos; }
    bool delimiterAt(qsizetype pos) const
    {
        return m_data[pos] == m_delimiter.at(0) && m_end - pos >= m_delimiter.size()
               && std::memcmp(m_data + pos, m_delimiter.constData(), size_t(m_delimiter.size())) == 0;
    }
    bool tryDelimiterCommand();
    std::optional<SqlError> skipQuoted(char quote);
    std::optional<SqlError> skipBlockComment();
    void onWord(const char *word, qsizetype length);
    void finishStatement(qsizetype terminatorEnd);

    const SourceText &m_source;
    const char *m_data;
    qsizetype m_pos;
    qsizetype m_end;
    qsizetype m_start = m_pos;
    QByteArray m_delimiter = QByteArrayLiteral(";");
    SplitResult m_result;

    // Compound statements: words seen so far in this statement, whether it is a routine,
    // trigger or event definition (or BEGIN NOT ATOMIC), and the BEGIN/CASE ... END depth.
    int m_words = 0;
    bool m_compound = false;
    bool m_sawParen = false;
    bool m_firstIsCreate = false;
    bool m_firstIsBegin = false;
    bool m_endPending = false;
    int m_depth = 0;
};

bool MysqlLexer::tryDelimiterCommand()
{
    constexpr qsizetype keywordLength = 9; // "DELIMITER"
    if (m_end - m_pos <= keywordLength || qstrnicmp(m_data + m_pos, "DELIMITER", keywordLength) != 0)
        return false;
    const char after = m_data[m_pos + keywordLength];
    if (after != ' ' && after != '\t')
        return false;
    qsizetype p = m_pos + keywordLength;
    while (p < m_end && (m_data[p] == ' ' || m_data[p] == '\t'))
        ++p;
    const qsizetype from = p;
    while (p < m_end && static_cast<unsigned char>(m_data[p]) > ' ')
        ++p;
    if (p == from)
        return false;
    m_delimiter = QByteArray(m_data + from, p - from);
    while (p < m_end && m_data[p] != '\n')
        ++p;
    m_pos = p;
    m_start = p;
    return true;
}

std::optional<SqlError> MysqlLexer::skipQuoted(char quote)
{
    const qsizetype start = m_pos++;
    while (m_pos < m_end) {
        const char c = m_data[m_pos];
        if (c == '\\' && quote != '`') {
            m_pos += 2;
            continue;
        }
        if (c == quote) {
            if (m_pos + 1 < m_end && m_data[m_pos + 1] == quote) {
                m_pos += 2;
                continue;
            }
            ++m_pos;
            return std::nullopt;
        }
        ++m_pos;
    }
    return m_source.errorAt(start, quote == '\'' ? Text::tr("unterminated string literal")
                                                 : Text::tr("unterminated quoted identifier"));
}

std::optional<SqlError> MysqlLexer::skipBlockComment()
{
    const qsizetype start = m_pos;
    const void *close = nullptr;
    for (qsizetype p = m_pos + 2; p + 1 < m_end; ++p) {
        if (m_data[p] == '*' && m_data[p + 1] == '/') {
            close = m_data + p;
            break;
        }
    }
    if (!close)
        return m_source.errorAt(start, Text::tr("unterminated block comment"));
    m_pos = static_cast<const char *>(close) - m_data + 2;
    return std::nullopt;
}

void MysqlLexer::onWord(const char *word, qsizetype length)
{
    ++m_words;
    if (m_words == 1) {
        m_firstIsCreate = wordIs(word, length, "CREATE");
        m_firstIsBegin = wordIs(word, length, "BEGIN");
        return;
    }
    if (m_firstIsBegin && m_words == 2 && wordIs(word, length, "NOT")) {
        m_compound = true; // MariaDB's anonymous block: BEGIN NOT ATOMIC ... END
        m_depth = 1;
        return;
    }
    if (m_firstIsCreate && !m_compound && !m_sawParen && m_words <= 8
        && (wordIs(word, length, "PROCEDURE") || wordIs(word, length, "FUNCTION")
            || wordIs(word, length, "TRIGGER") || wordIs(word, length, "EVENT")
            || wordIs(word, length, "PACKAGE"))) {
        m_compound = true;
        return;
    }
    if (!m_compound)
        return;
    if (m_endPending) {
        // END IF / END LOOP / END WHILE / END REPEAT close blocks we do not count.
        m_endPending = false;
        if (wordIs(word, length, "IF") || wordIs(word, length, "LOOP") || wordIs(word, length, "WHILE")
            || wordIs(word, length, "REPEAT"))
            ++m_depth;
        else if (wordIs(word, length, "CASE"))
            return;
    }
    if (wordIs(word, length, "BEGIN") || wordIs(word, length, "CASE")) {
        ++m_depth;
    } else if (wordIs(word, length, "END")) {
        --m_depth;
        m_endPending = true;
    }
}

void MysqlLexer::finishStatement(qsizetype terminatorEnd)
{
    appendStatement(Dialect::MySQL, m_source, m_start, m_pos, m_result.statements);
    m_pos = terminatorEnd;
    m_start = terminatorEnd;
    m_words = 0;
    m_compound = m_sawParen = m_firstIsCreate = m_firstIsBegin = m_endPending = false;
    m_depth = 0;
}

SplitResult MysqlLexer::run()
{
    while (m_pos < m_end) {
        const char c = m_data[m_pos];
        if (m_words == 0 && (c == 'd' || c == 'D') && atStatementStart() && tryDelimiterCommand())
            continue;
        if (delimiterAt(m_pos) && !(m_delimiter == ";" && m_compound && m_depth > 0)) {
            finishStatement(m_pos + m_delimiter.size());
            continue;
        }
        std::optional<SqlError> error;
        if (c == '\'' || c == '"' || c == '`') {
            error = skipQuoted(c);
        } else if (c == '#' || (c == '-' && m_pos + 1 < m_end && m_data[m_pos + 1] == '-'
                                && (m_pos + 2 >= m_end || static_cast<unsigned char>(m_data[m_pos + 2]) <= ' '))) {
            while (m_pos < m_end && m_data[m_pos] != '\n')
                ++m_pos;
        } else if (c == '/' && m_pos + 1 < m_end && m_data[m_pos + 1] == '*') {
            error = skipBlockComment();
        } else if (isWordChar(c)) {
            // A delimiter such as $$ may be glued to a word: END$$.
            const bool wordDelimiter = isWordChar(m_delimiter.at(0));
            const qsizetype from = m_pos;
            while (m_pos < m_end && isWordChar(m_data[m_pos]) && !(wordDelimiter && delimiterAt(m_pos)))
                ++m_pos;
            onWord(m_data + from, m_pos - from);
        } else {
            if (c == '(')
                m_sawParen = true;
            if (static_cast<unsigned char>(c) > ' ')
                m_endPending = false;
            ++m_pos;
        }
        if (error)
            return {{}, error};
    }
    appendStatement(Dialect::MySQL, m_source, m_start, m_end, m_result.statements);
    return std::move(m_result);
}

} // namespace

SplitResult splitMysql(const SourceText &source, qsizetype begin, qsizetype end)
{
    return MysqlLexer(source, begin, end).run();
}

} // namespace godwit::detail
