#include "message.h"

#include <algorithm>

namespace godwit {

namespace {

// QString::arg() with every argument at once: the k-th lowest placeholder number (%1 to
// %99) takes argument k, so that an argument's own % signs are never read as placeholders.
QString substitute(const QString &pattern, const QStringList &args)
{
    if (args.isEmpty())
        return pattern;
    const auto numberAt = [&pattern](qsizetype i, qsizetype *length) {
        int number = 0;
        *length = 0;
        while (*length < 2 && i + 1 + *length < pattern.size() && pattern.at(i + 1 + *length).isDigit())
            number = number * 10 + pattern.at(i + 1 + (*length)++).digitValue();
        return *length > 0 && number > 0 ? number : 0;
    };
    QList<int> numbers;
    for (qsizetype i = 0, length = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == u'%')
            if (const int n = numberAt(i, &length); n && !numbers.contains(n))
                numbers << n;
    }
    std::sort(numbers.begin(), numbers.end());
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0, length = 0; i < pattern.size(); ++i) {
        const int n = pattern.at(i) == u'%' ? numberAt(i, &length) : 0;
        const qsizetype k = n ? numbers.indexOf(n) : -1;
        if (k >= 0 && k < args.size()) {
            out += args.at(k);
            i += length;
        } else {
            out += pattern.at(i);
        }
    }
    return out;
}

} // namespace

Message Message::join(const QList<Message> &parts, const QString &separator)
{
    Message m(separator);
    m.m_joined = true;
    m.m_args.assign(parts.cbegin(), parts.cend());
    return m;
}

Message Message::arg(const Message &a) const
{
    Message m = *this;
    m.m_args.push_back(a);
    return m;
}

QString Message::render(bool translated) const
{
    QStringList args;
    for (const Message &a : m_args)
        args << a.render(translated);
    if (m_joined)
        return args.join(m_verbatim);
    QString pattern = m_verbatim;
    if (!m_source.isEmpty() && translated) {
        pattern = QCoreApplication::translate(m_context, m_source.constData(), m_disambiguation, m_n);
    } else if (!m_source.isEmpty()) {
        pattern = QString::fromUtf8(m_source);
        if (m_n >= 0)
            pattern.replace(QLatin1String("%n"), QString::number(m_n));
    }
    return substitute(pattern, args);
}

QString Message::text() const
{
    return render(true);
}

QString Message::english() const
{
    return render(false);
}

QStringList englishTexts(const QList<Message> &messages)
{
    QStringList out;
    for (const Message &m : messages)
        out << m.english();
    return out;
}

} // namespace godwit
