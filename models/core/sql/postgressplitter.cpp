#include "splitters_p.h"

#include <QCoreApplication>

#include <pg_query.h>

namespace godwit::detail {

namespace {

// libpg_query reports the error position as a 1-based character count.
qsizetype byteOffsetOfCharacter(const char *data, qsizetype size, int characters)
{
    qsizetype pos = 0;
    for (int seen = 0; pos < size; ++pos) {
        if ((static_cast<unsigned char>(data[pos]) & 0xC0) != 0x80) {
            if (seen == characters)
                break;
            ++seen;
        }
    }
    return pos;
}

} // namespace

SplitResult splitPostgres(const SourceText &source, qsizetype begin, qsizetype end)
{
    const QByteArray text(source.bytes().constData() + begin, end - begin);
    PgQuerySplitResult split = pg_query_split_with_scanner(text.constData());
    SplitResult result;
    if (split.error) {
        const int cursor = split.error->cursorpos > 0 ? split.error->cursorpos - 1 : 0;
        const qsizetype offset = byteOffsetOfCharacter(text.constData(), text.size(), cursor);
        // The scanner quotes the rest of the input after "at or near"; the excerpt shows it better.
        QString message = QString::fromUtf8(split.error->message);
        if (const qsizetype at = message.indexOf(u" at or near "); at >= 0)
            message.truncate(at);
        result.error = source.errorAt(begin + offset, message);
        pg_query_free_split_result(split);
        return result;
    }
    result.statements.reserve(split.n_stmts);
    for (int i = 0; i < split.n_stmts; ++i) {
        const qsizetype from = begin + split.stmts[i]->stmt_location;
        appendStatement(Dialect::PostgreSQL, source, from, from + split.stmts[i]->stmt_len, result.statements);
    }
    pg_query_free_split_result(split);

    // psql meta-commands are client-side; the server would reject them with a confusing
    // syntax error, so say what they are.
    for (const Statement &statement : std::as_const(result.statements)) {
        if (statement.sql.startsWith(u'\\')) {
            const QString command = statement.sql.section(u' ', 0, 0).section(u'\n', 0, 0);
            return {{},
                    source.errorAt(statement.offset,
                                   QCoreApplication::translate("SqlSplitter",
                                                               "psql meta-command %1 is not supported")
                                       .arg(command))};
        }
    }
    return result;
}

} // namespace godwit::detail
