#include "connectoptions.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace godwit {

std::optional<qint64> parseDuration(const QString &text)
{
    static const std::pair<const char16_t *, qint64> units[] = {{u"ms", 1}, {u"s", 1000}, {u"min", 60000}, {u"h", 3600000}};
    const QString t = text.trimmed();
    qsizetype digits = 0;
    while (digits < t.size() && t.at(digits).isDigit())
        ++digits;
    bool ok = false;
    const qint64 number = t.left(digits).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const QString unit = t.mid(digits).trimmed();
    if (unit.isEmpty())
        return number;
    for (const auto &[name, factor] : units) {
        if (unit == QStringView(name))
            return number * factor;
    }
    return std::nullopt;
}

} // namespace godwit
