#include "splitters_p.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cstring>

namespace godwit::detail {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SqlSplitter)
};

// sqlite3_complete() says whether text ends a statement, not why it does not. To name the
// culprit of an unfinished tail, walk its tokens the way SQLite's tokenizer does.
std::optional<SqlError> unterminatedConstruct(const SourceText &source, qsizetype pos, qsizetype end)
{
    const char *data = source.bytes().constData();
    while (pos < end) {
        const char c = data[pos];
        if (c == '\'' || c == '"' || c == '`' || c == '[') {
            const char close = c == '[' ? ']' : c;
            const qsizetype start = pos++;
            for (;;) {
                if (pos >= end) {
                    const char *what = c == '\'' ? QT_TRANSLATE_NOOP("SqlSplitter", "unterminated string literal")
                                                 : QT_TRANSLATE_NOOP("SqlSplitter", "unterminated quoted identifier");
                    return source.errorAt(start, Text::tr(what));
                }
                if (data[pos] == close) {
                    // A doubled quote is an escaped quote, except for [...].
                    if (close != ']' && pos + 1 < end && data[pos + 1] == close) {
                        pos += 2;
                        continue;
                    }
                    ++pos;
                    break;
                }
                ++pos;
            }
        } else if (c == '-' && pos + 1 < end && data[pos + 1] == '-') {
            while (pos < end && data[pos] != '\n')
                ++pos;
        } else if (c == '/' && pos + 1 < end && data[pos + 1] == '*') {
            const qsizetype start = pos;
            pos += 2;
            while (pos + 1 < end && !(data[pos] == '*' && data[pos + 1] == '/'))
                ++pos;
            if (pos + 1 >= end)
                return source.errorAt(start, Text::tr("unterminated block comment"));
            pos += 2;
        } else {
            ++pos;
        }
    }
    return std::nullopt;
}

} // namespace

SplitResult splitSqlite(const SourceText &source, qsizetype begin, qsizetype end)
{
    // sqlite3_complete() wants a NUL-terminated string: work on one mutable copy and
    // terminate it in place after each candidate ';'.
    QByteArray buffer(source.bytes().constData() + begin, end - begin);
    char *data = buffer.data();
    const qsizetype size = buffer.size();

    SplitResult result;
    qsizetype start = 0;
    qsizetype pos = 0;
    while (pos < size) {
        const void *hit = std::memchr(data + pos, ';', size_t(size - pos));
        if (!hit)
            break;
        const qsizetype semi = static_cast<const char *>(hit) - data;
        const char saved = data[semi + 1];
        data[semi + 1] = '\0';
        const bool complete = sqlite3_complete(data + start) != 0;
        data[semi + 1] = saved;
        if (complete) {
            appendStatement(Dialect::SQLite, source, begin + start, begin + semi, result.statements);
            start = semi + 1;
        }
        pos = semi + 1;
    }

    // What follows the last complete statement may be blank, an unfinished construct, or a
    // last statement without its ';' (the sqlite3 shell accepts that).
    if (auto error = unterminatedConstruct(source, begin + start, end))
        return {{}, error};
    const qsizetype tail = skipBlank(Dialect::SQLite, source.bytes().constData(), begin + start, end);
    if (tail < end) {
        QByteArray rest(source.bytes().constData() + tail, end - tail);
        rest.append(";\n");
        if (!sqlite3_complete(rest.constData())) {
            return {{},
                    source.errorAt(tail, Text::tr("statement is not complete (a CREATE TRIGGER body without END?)"))};
        }
        appendStatement(Dialect::SQLite, source, tail, end, result.statements);
    }
    return result;
}

} // namespace godwit::detail
