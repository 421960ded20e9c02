#include "message.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

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
        pattern = QCoreApplication::translate(m_context.constData(), m_source.constData(),
                                              m_disambiguation.isNull() ? nullptr : m_disambiguation.constData(), m_n);
    } else if (!m_source.isEmpty()) {
        pattern = QString::fromUtf8(m_source);
        if (m_n >= 0)
            pattern.replace(QLatin1String("%n"), QString::number(m_n));
    }
    return substitute(m_n >= 0 ? pluralText(pattern, m_n) : pattern, args);
}

QString Message::text() const
{
    return render(true);
}

QString Message::english() const
{
    return render(false);
}

QJsonValue Message::structure() const
{
    if (!m_joined && m_source.isEmpty() && m_args.empty())
        return m_verbatim;
    QJsonArray args;
    for (const Message &a : m_args)
        args.append(a.structure());
    QJsonObject o{{u"args"_s, args}};
    if (m_joined) {
        o.insert(u"join"_s, m_verbatim);
    } else if (m_source.isEmpty()) {
        o.insert(u"pattern"_s, m_verbatim);
    } else {
        o.insert(u"context"_s, QString::fromUtf8(m_context));
        o.insert(u"source"_s, QString::fromUtf8(m_source));
        if (!m_disambiguation.isNull())
            o.insert(u"disambiguation"_s, QString::fromUtf8(m_disambiguation));
        if (m_n >= 0)
            o.insert(u"n"_s, m_n);
    }
    return o;
}

QJsonValue Message::toJson() const
{
    QJsonValue value = structure();
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        o.insert(u"text"_s, english());
        value = o;
    }
    return value;
}

Message Message::fromStructure(const QJsonValue &value)
{
    if (!value.isObject())
        return Message(value.toString());
    const QJsonObject o = value.toObject();
    Message m;
    if (o.contains(u"join")) {
        m.m_joined = true;
        m.m_verbatim = o.value(u"join").toString();
    } else if (o.contains(u"source")) {
        m.m_context = o.value(u"context").toString().toUtf8();
        m.m_source = o.value(u"source").toString().toUtf8();
        if (o.contains(u"disambiguation"))
            m.m_disambiguation = o.value(u"disambiguation").toString().toUtf8();
        m.m_n = o.value(u"n").toInt(-1);
    } else {
        m.m_verbatim = o.value(u"pattern").toString(o.value(u"text").toString());
    }
    for (const QJsonValue &a : o.value(u"args").toArray())
        m.m_args.push_back(fromStructure(a));
    return m;
}

Message Message::fromJson(const QJsonValue &value)
{
    return fromStructure(value);
}

QString pluralText(QString text, int n)
{
    return text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

QStringList englishTexts(const QList<Message> &messages)
{
    QStringList out;
    for (const Message &m : messages)
        out << m.english();
    return out;
}

} // namespace godwit
