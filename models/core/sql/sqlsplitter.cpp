#include "sqlsplitter.h"

#include "splitters_p.h"

#include <QRegularExpression>

namespace godwit {

namespace detail {

qsizetype skipBlank(Dialect dialect, const char *data, qsizetype pos, qsizetype end)
{
    while (pos < end) {
        const char c = data[pos];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            ++pos;
            continue;
        }
        const bool dashDash = c == '-' && pos + 1 < end && data[pos + 1] == '-';
        // MySQL wants whitespace (or the end of the line) after "--".
        const bool lineComment = (dashDash
                                  && (dialect != Dialect::MySQL || pos + 2 >= end
                                      || static_cast<unsigned char>(data[pos + 2]) <= ' '))
                                 || (c == '#' && dialect == Dialect::MySQL);
        if (lineComment) {
            while (pos < end && data[pos] != '\n')
                ++pos;
            continue;
        }
        if (c == '/' && pos + 1 < end && data[pos + 1] == '*') {
            if (dialect == Dialect::MySQL && pos + 2 < end && (data[pos + 2] == '!' || data[pos + 2] == '+'))
                return pos;
            int depth = 1;
            pos += 2;
            while (pos < end && depth > 0) {
                if (data[pos] == '*' && pos + 1 < end && data[pos + 1] == '/') {
                    --depth;
                    pos += 2;
                } else if (dialect == Dialect::PostgreSQL && data[pos] == '/' && pos + 1 < end
                           && data[pos + 1] == '*') {
                    ++depth;
                    pos += 2;
                } else {
                    ++pos;
                }
            }
            continue;
        }
        return pos;
    }
    return end;
}

void appendStatement(Dialect dialect, const SourceText &source, qsizetype begin, qsizetype end,
                     QList<Statement> &out)
{
    const char *data = source.bytes().constData();
    begin = skipBlank(dialect, data, begin, end);
    while (end > begin && static_cast<unsigned char>(data[end - 1]) <= ' ')
        --end;
    if (end <= begin)
        return;
    out.append({QString::fromUtf8(data + begin, end - begin), source.locationAt(begin), begin, end - begin});
}

} // namespace detail

SplitResult splitStatements(Dialect dialect, const SourceText &source, qsizetype begin, qsizetype end)
{
    begin = std::max(begin, source.bomLength());
    if (auto error = source.checkEncoding(begin, end))
        return {{}, std::move(error)};
    switch (dialect) {
    case Dialect::SQLite: return detail::splitSqlite(source, begin, end);
    case Dialect::PostgreSQL: return detail::splitPostgres(source, begin, end);
    case Dialect::MySQL: return detail::splitMysql(source, begin, end);
    }
    return {};
}

SplitResult splitStatements(Dialect dialect, const SourceText &source)
{
    return splitStatements(dialect, source, 0, source.bytes().size());
}

SplitResult verbatimStatement(Dialect dialect, const SourceText &source, qsizetype begin, qsizetype end)
{
    begin = std::max(begin, source.bomLength());
    if (auto error = source.checkEncoding(begin, end))
        return {{}, std::move(error)};
    SplitResult result;
    detail::appendStatement(dialect, source, begin, end, result.statements);
    return result;
}

bool isTransactionControl(const QString &sql)
{
    static const QRegularExpression control(QStringLiteral("^\\s*(BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE|START\\s+TRANSACTION)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    return control.match(sql).hasMatch();
}

} // namespace godwit
