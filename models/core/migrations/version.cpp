#include "version.h"

namespace godwit {

std::optional<Version> Version::parse(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    Version version;
    version.m_text = text;
    QString group;
    bool first = true;
    auto flush = [&]() -> bool {
        if (group.isEmpty())
            return false;
        if (first) {
            version.m_firstWidth = int(group.size());
            first = false;
        }
        qsizetype zeros = 0;
        while (zeros < group.size() - 1 && group.at(zeros) == u'0')
            ++zeros;
        version.m_groups.append(group.mid(zeros));
        group.clear();
        return true;
    };
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            group.append(c);
        } else if (c == u'.' || c == u'_' || c == u'-') {
            if (!flush())
                return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    if (!flush())
        return std::nullopt;
    const qsizetype groups = version.m_groups.size();
    version.m_timestamp = version.m_firstWidth >= 12
                          || (groups >= 4 && version.m_firstWidth == 4 && text.contains(u'-'));
    while (version.m_groups.size() > 1 && version.m_groups.constLast() == u"0")
        version.m_groups.removeLast();
    version.m_canonical = version.m_groups.join(u'.');
    return version;
}

Version Version::named(const QString &text, qint64 rank)
{
    Version version;
    version.m_text = text;
    version.m_canonical = text;
    version.m_named = true;
    version.m_rank = rank;
    return version;
}

Version Version::fromKey(const QString &key)
{
    if (auto version = parse(key))
        return *version;
    return named(key);
}

int Version::compare(const Version &other) const
{
    if (m_named || other.m_named) {
        if (m_named != other.m_named)
            return m_named ? 1 : -1;
        if (m_rank >= 0 && other.m_rank >= 0)
            return m_rank == other.m_rank ? 0 : (m_rank < other.m_rank ? -1 : 1);
        if ((m_rank >= 0) != (other.m_rank >= 0)) // a name the plan does not place comes after it
            return m_rank >= 0 ? -1 : 1;
        const int c = m_text.compare(other.m_text);
        return c == 0 ? 0 : (c < 0 ? -1 : 1);
    }
    const qsizetype n = std::max(m_groups.size(), other.m_groups.size());
    static const QString zero = QStringLiteral("0");
    for (qsizetype i = 0; i < n; ++i) {
        const QString &a = i < m_groups.size() ? m_groups.at(i) : zero;
        const QString &b = i < other.m_groups.size() ? other.m_groups.at(i) : zero;
        if (a.size() != b.size())
            return a.size() < b.size() ? -1 : 1;
        if (const int c = a.compare(b))
            return c < 0 ? -1 : 1;
    }
    return 0;
}

} // namespace godwit
