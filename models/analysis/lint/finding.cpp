#include "finding.h"

using namespace Qt::StringLiterals;

namespace godwit {

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        return u"error"_s;
    }
    return {};
}

std::optional<Severity> severityFromId(const QString &id)
{
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Error}) {
        if (severityId(s) == id)
            return s;
    }
    return std::nullopt;
}

QJsonObject Finding::toJson() const
{
    QJsonObject o{{u"rule"_s, rule},
                  {u"severity"_s, severityId(severity)},
                  {u"file"_s, location.file},
                  {u"line"_s, location.line},
                  {u"column"_s, location.column},
                  {u"message"_s, message.english()},
                  {u"why"_s, why.english()},
                  {u"recipe"_s, recipe.english()},
                  {u"statement"_s, statement}};
    if (!data.isEmpty())
        o.insert(u"data"_s, data.english());
    if (suppressed) {
        o.insert(u"suppressed"_s, true);
        o.insert(u"suppression"_s, suppression);
    }
    return o;
}

} // namespace godwit
