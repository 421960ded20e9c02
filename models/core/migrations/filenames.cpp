#include "filenames.h"

#include "sql/dialect.h"

namespace godwit {

namespace {

qsizetype leadingDigits(QStringView s)
{
    qsizetype n = 0;
    while (n < s.size() && s[n].isDigit() && s[n].unicode() < 128)
        ++n;
    return n;
}

bool chopSuffix(QStringView &s, QStringView suffix)
{
    if (!s.endsWith(suffix, Qt::CaseInsensitive))
        return false;
    s.chop(suffix.size());
    return true;
}

} // namespace

QString describeFileName(QString text)
{
    return text.replace(u'_', u' ').trimmed();
}

std::optional<FileName> parseFileName(const QRegularExpression &pattern, const QString &name)
{
    const auto m = pattern.match(name);
    if (!m.hasMatch())
        return std::nullopt;
    FileName c;
    c.format = Format::Custom;
    c.versionText = m.captured(u"version");
    c.description = describeFileName(m.captured(u"description"));
    c.tag = m.captured(u"dialect");
    const QString direction = m.captured(u"direction").toLower();
    if (direction.isEmpty())
        c.role = FileName::Role::Both;
    else if (direction == u"down" || direction == u"undo" || direction == u"revert" || direction == u"rollback"
             || direction == u"u" || direction == u"d")
        c.role = FileName::Role::Down;
    else
        c.role = FileName::Role::Up;
    if (c.versionText.isEmpty())
        c.role = FileName::Role::Repeatable;
    else if (!Version::parse(c.versionText))
        return std::nullopt;
    return c;
}

// File names are matched by hand rather than with regular expressions: this runs for every
// file of the folder, and the expressions showed in the profile of `status`.
std::optional<FileName> parseFileName(QStringView name)
{
    FileName c;
    QStringView base = name;
    if (!chopSuffix(base, u".sql"))
        return std::nullopt;
    // NNN_name[.tag].up.sql / .down.sql, and a dialect tag before the direction or .sql.
    std::optional<FileName::Role> direction;
    if (chopSuffix(base, u".up"))
        direction = FileName::Role::Up;
    else if (chopSuffix(base, u".down"))
        direction = FileName::Role::Down;
    if (const qsizetype dot = base.lastIndexOf(u'.'); dot >= 0) {
        const QString tag = base.sliced(dot + 1).toString();
        if (dialectFromName(tag) || tag.compare(u"all", Qt::CaseInsensitive) == 0) {
            c.tag = tag;
            base.truncate(dot);
        }
    }
    const qsizetype digits = leadingDigits(base);
    if (direction && digits > 0 && digits + 1 < base.size() && base[digits] == u'_') {
        c.format = Format::GolangMigrate;
        c.versionText = base.first(digits).toString();
        c.description = describeFileName(base.sliced(digits + 1).toString());
        c.role = *direction;
        return c;
    }
    if (direction)
        return std::nullopt;
    if (base.startsWith(u"R__") && base.size() > 3) {
        c.format = Format::Flyway;
        c.description = describeFileName(base.sliced(3).toString());
        c.role = FileName::Role::Repeatable;
        return c;
    }
    if ((base.startsWith(u'V') || base.startsWith(u'U')) && base.size() > 1) {
        // V1_2__desc: digit groups joined by '.' or '_', then "__".
        qsizetype pos = 1 + leadingDigits(base.sliced(1));
        if (pos > 1) {
            while (pos + 1 < base.size() && (base[pos] == u'.' || base[pos] == u'_') && base[pos + 1].isDigit()) {
                const qsizetype more = leadingDigits(base.sliced(pos + 1));
                pos += 1 + more;
            }
            if (base.sliced(pos).startsWith(u"__") && base.size() > pos + 2) {
                c.format = Format::Flyway;
                c.versionText = base.sliced(1, pos - 1).toString();
                c.description = describeFileName(base.sliced(pos + 2).toString());
                c.role = base.startsWith(u'V') ? FileName::Role::Up : FileName::Role::Down;
                return c;
            }
        }
    }
    if (digits > 0 && digits + 1 < base.size() && base[digits] == u'_') {
        QStringView description = base.sliced(digits + 1);
        c.versionText = base.first(digits).toString();
        c.role = FileName::Role::Both; // decided by the content
        if (description.size() > 5 && chopSuffix(description, u"_down"))
            c.role = FileName::Role::Down;
        c.description = describeFileName(description.toString());
        c.format = Format::Paired;
        return c;
    }
    return std::nullopt;
}

} // namespace godwit
