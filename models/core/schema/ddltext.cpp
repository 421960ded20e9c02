#include "ddltext_p.h"

using namespace Qt::StringLiterals;

namespace godwit::ddltext {

namespace {

// Walks text, calling visit(i, depth) for every character outside quotes.
template<typename Visit>
void walk(const QString &text, qsizetype from, Visit visit)
{
    int depth = 0;
    QChar quote;
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`') {
            quote = c;
            continue;
        }
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        if (!visit(i, c, depth))
            return;
    }
}

} // namespace

QStringList splitTopLevel(const QString &text)
{
    QStringList parts;
    qsizetype start = 0;
    walk(text, 0, [&](qsizetype i, QChar c, int depth) {
        if (c == u',' && depth == 0) {
            parts << text.mid(start, i - start).trimmed();
            start = i + 1;
        }
        return true;
    });
    parts << text.mid(start).trimmed();
    return parts;
}

qsizetype matchingParenthesis(const QString &text, qsizetype open)
{
    qsizetype end = -1;
    walk(text, open, [&](qsizetype i, QChar c, int depth) {
        if (c == u')' && depth == 0) {
            end = i + 1;
            return false;
        }
        return true;
    });
    return end;
}

QString unquote(const QString &identifier)
{
    if (identifier.size() >= 2) {
        const QChar open = identifier.front();
        const QChar close = identifier.back();
        if ((open == u'"' && close == u'"') || (open == u'`' && close == u'`'))
            return identifier.mid(1, identifier.size() - 2).replace(QString(2, open), QString(open));
        if (open == u'[' && close == u']')
            return identifier.mid(1, identifier.size() - 2);
    }
    return identifier;
}

const QString &identifierPattern()
{
    static const QString pattern = uR"((?:"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\]|[A-Za-z_][A-Za-z0-9_$]*))"_s;
    return pattern;
}

} // namespace godwit::ddltext
