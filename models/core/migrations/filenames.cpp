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

// Segments before the direction that say how to run the file rather than what it is.
bool chopFlag(QStringView &base, FileName &c)
{
    const qsizetype dot = base.lastIndexOf(u'.');
    if (dot < 0 || base.sliced(dot + 1).compare(u"autocommit", Qt::CaseInsensitive) != 0)
        return false;
    c.noTransaction = true;
    base.truncate(dot);
    return true;
}

void chopTag(QStringView &base, FileName &c)
{
    if (const qsizetype dot = base.lastIndexOf(u'.'); dot >= 0 && isDialectTag(base.sliced(dot + 1))) {
        c.tag = base.sliced(dot + 1).toString();
        base.truncate(dot);
    }
}

// V0001.Name, 0001.Name, V0001_Name: an up/down pair's version with its separator.
bool splitVersioned(QStringView base, FileName &c)
{
    const qsizetype start = base.startsWith(u'V') ? 1 : 0;
    const qsizetype digits = leadingDigits(base.sliced(start));
    const qsizetype at = start + digits;
    if (digits == 0 || at + 1 >= base.size())
        return false;
    const bool separated = base[at] == u'_' || (base[at] == u'.' && !base[at + 1].isDigit());
    if (!separated || (start == 1 && base[at] == u'_' && base[at + 1] == u'_'))
        return false;
    c.versionText = base.sliced(start, digits).toString();
    c.description = describeFileName(base.sliced(at + 1).toString());
    return true;
}

} // namespace

bool isDialectTag(QStringView segment)
{
    static const QStringList others{QStringLiteral("all"), QStringLiteral("cockroach"), QStringLiteral("cockroachdb"),
                                    QStringLiteral("mssql"), QStringLiteral("sqlserver"), QStringLiteral("oracle"),
                                    QStringLiteral("tidb"), QStringLiteral("clickhouse")};
    return dialectFromName(segment.toString()) || others.contains(segment.toString().toLower());
}

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
    // The name without its direction and dialect: one stem for the up and the down.
    QString stem = name;
    for (const QStringView group : {u"direction", u"dialect"}) {
        if (m.capturedLength(group) > 0)
            stem.replace(m.capturedStart(group), m.capturedLength(group), QString(m.capturedLength(group), u'\0'));
    }
    stem.remove(u'\0');
    if (stem.endsWith(u".sql", Qt::CaseInsensitive))
        stem.chop(4);
    while (stem.endsWith(u'.') || stem.endsWith(u'_') || stem.endsWith(u'-'))
        stem.chop(1);
    c.stem = stem;
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
    // NNN_name[.tag][.flag].up.sql / .down.sql, and a dialect tag before .sql.
    std::optional<FileName::Role> direction;
    if (chopSuffix(base, u".up"))
        direction = FileName::Role::Up;
    else if (chopSuffix(base, u".down"))
        direction = FileName::Role::Down;
    if (direction)
        chopFlag(base, c);
    chopTag(base, c);
    c.stem = base.toString();
    const qsizetype digits = leadingDigits(base);
    if (direction && splitVersioned(base, c)) {
        c.format = Format::GolangMigrate;
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
    if ((base.startsWith(u'V') || base.startsWith(u'U') || base.startsWith(u'B')) && base.size() > 1) {
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
                c.role = base.startsWith(u'U') ? FileName::Role::Down : FileName::Role::Up;
                c.baseline = base.startsWith(u'B');
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
