#include "containment.h"

#include "containment_p.h"
#include "sqltokens.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Containment)
};

} // namespace

QString NotRehearsable::toString() const
{
    return Text::tr("%1: not rehearsable on a copy: %2").arg(location.toString(), reason);
}

QJsonObject NotRehearsable::toJson() const
{
    return {{u"file"_s, location.file},
            {u"line"_s, location.line},
            {u"column"_s, location.column},
            {u"kind"_s, kind},
            {u"reason"_s, reason},
            {u"sql"_s, sql}};
}

Containment::Containment(ContainmentScope scope)
    : m_scope(std::move(scope))
{
}

std::optional<NotRehearsable> Containment::check(const Statement &statement)
{
    const QList<SqlToken> tokens = tokenizeStatement(m_scope.dialect, statement.sql);
    std::optional<detail::Escape> escape;
    switch (m_scope.dialect) {
    case Dialect::MySQL: escape = detail::mysqlEscape(m_scope, tokens, 0); break;
    case Dialect::PostgreSQL: escape = detail::postgresEscape(m_scope, tokens, 0); break;
    case Dialect::SQLite: escape = detail::sqliteEscape(tokens); break;
    }
    if (!escape)
        return std::nullopt;
    return NotRehearsable{locationInStatement(statement, escape->offset), escape->kind, escape->reason, statement.sql};
}

std::optional<QString> Containment::escapeIn(const QString &definition)
{
    if (auto escape = check(Statement{definition, {}}))
        return escape->reason;
    return std::nullopt;
}

namespace detail {

TokenReader::TokenReader(const QList<SqlToken> &tokens)
    : m_tokens(tokens)
{
}

QString TokenReader::word(qsizetype i) const
{
    return i >= 0 && i < m_tokens.size() && m_tokens.at(i).kind == SqlToken::Kind::Word ? m_tokens.at(i).text.toUpper()
                                                                                          : QString();
}

bool TokenReader::punctuation(qsizetype i, QChar c) const
{
    return i >= 0 && i < m_tokens.size() && m_tokens.at(i).is(c);
}

bool TokenReader::isCall(qsizetype i) const
{
    // After these a name followed by "(" is a table's, with its columns.
    static const QSet<QString> tableBefore{u"TABLE"_s, u"INTO"_s, u"EXISTS"_s, u"ON"_s, u"REFERENCES"_s};
    return m_tokens.at(i).kind == SqlToken::Kind::Word && punctuation(i + 1, u'(') && !punctuation(i - 1, u'.')
           && !tableBefore.contains(word(i - 1));
}

qsizetype TokenReader::statementEnd(qsizetype from) const
{
    while (from < m_tokens.size() && !m_tokens.at(from).is(u';'))
        ++from;
    return from;
}

QList<qsizetype> TokenReader::statementStarts(const QSet<QString> &openers) const
{
    QList<qsizetype> starts;
    if (!m_tokens.isEmpty())
        starts << 0;
    for (qsizetype i = 0; i + 1 < m_tokens.size(); ++i) {
        const QString w = word(i);
        const bool opens = m_tokens.at(i).is(u';') || (openers.contains(w) && !(w == u"BEGIN" && word(i + 1) == u"NOT"))
                           || (w == u"ROW" && word(i - 1) == u"EACH") || (w == u"ATOMIC" && word(i - 1) == u"NOT");
        if (opens)
            starts << i + 1;
    }
    return starts;
}

qsizetype TokenReader::objectKeyword(qsizetype from, const QSet<QString> &objects) const
{
    for (qsizetype i = from; i < std::min(from + 12, m_tokens.size()); ++i) {
        if (m_tokens.at(i).is(u';'))
            break;
        if (word(i) == u"DEFINER" && punctuation(i + 1, u'=')) {
            i += 2; // the user: a word named like an object kind is still a user
            continue;
        }
        if (objects.contains(word(i)))
            return i;
    }
    return -1;
}

Escape shifted(Escape escape, qsizetype by)
{
    escape.offset += by;
    return escape;
}

} // namespace detail

} // namespace godwit
