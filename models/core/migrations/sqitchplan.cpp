// sqitch.plan, read as App::Sqitch::Plan 1.3 reads it (Plan.pm _parse and check_changes,
// Plan/Depend.pm parse, Plan/Change.pm _path_segments). The regular expressions are sqitch's,
// ported to PCRE with Unicode properties because sqitch matches decoded UTF-8 text.
#include "sqitchplan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

#include <algorithm>

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Sqitch)
};

// Perl's [:punct:] without "_", as sqitch's $punct.
#define SQITCH_PUNCT R"re(\-!"#$%&'()*+,./:;<=>?@\[\]^`{|}~)re"
// sqitch's $name_re: no punctuation first or last, none of blanks : @ # \, and no "^3"-like
// symbolic references that would read as "three changes before".
#define SQITCH_NAME                                                                                                    \
    R"re((?![)re" SQITCH_PUNCT                                                                                         \
    R"re(])(?:(?![~/=%^][[:digit:]]+(?:$|[[:blank:]]))[^[:blank:]:@#\\])+(?<![)re" SQITCH_PUNCT R"re(])\b)re"
#define SQITCH_TIMESTAMP                                                                                               \
    R"re((?<yr>[[:digit:]]{4})-(?<mo>[[:digit:]]{2})-(?<dy>[[:digit:]]{2})T(?<hr>[[:digit:]]{2}):(?<mi>[[:digit:]]{2}):(?<sc>[[:digit:]]{2})Z)re"

QRegularExpression sqitchRegex(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::UseUnicodePropertiesOption);
}

const QRegularExpression &nameRegex()
{
    static const QRegularExpression re = sqitchRegex(R"re(\A)re" SQITCH_NAME R"re(\z)re");
    return re;
}

const QRegularExpression &timestampRegex()
{
    static const QRegularExpression re = sqitchRegex(SQITCH_TIMESTAMP);
    return re;
}

const QRegularExpression &pragmaRegex()
{
    static const QRegularExpression re = sqitchRegex(
        R"re(\A(?<lspace>[[:blank:]]*)?[%](?<hspace>[[:blank:]]*)?(?<name>[^)re" SQITCH_PUNCT
        R"re(](?:[^[:blank:]=]*?[^)re" SQITCH_PUNCT R"re([:blank:]])?)(?:[[:blank:]]*=[[:blank:]]*(?<value>.+))?\z)re");
    return re;
}

// A change or tag line once its note is cut off.
const QRegularExpression &entryRegex()
{
    static const QRegularExpression re =
        sqitchRegex(R"re(^[[:blank:]]*(?:[@]|[[:blank:]]*(?<operator>[+-])[[:blank:]]*)?(?<name>)re" SQITCH_NAME
                    R"re()(?:[[:blank:]]+)?(?:\[(?<deps>[^\]]+)\][[:blank:]]*)?(?:)re" SQITCH_TIMESTAMP
                    R"re([[:blank:]]*)?(?:(?<planner>[^<]+)[[:blank:]]+<(?<email>[^>]+)>)?$)re");
    return re;
}

const QRegularExpression &dependencyRegex()
{
    static const QRegularExpression re = sqitchRegex(
        R"re(\A(?<conflicts>!?)(?:(?<project>)re" SQITCH_NAME R"re():)?(?:(?<id>[0-9a-f]{40})|(?<change>)re" SQITCH_NAME
        R"re()(?:@(?<tag>)re" SQITCH_NAME R"re())?|(?:@(?<tag2>)re" SQITCH_NAME R"re())?)\z)re");
    return re;
}

bool isBlank(QChar c)
{
    return c == u'\t' || c.category() == QChar::Separator_Space;
}

/*! A plan line split as sqitch's inline-note substitution does: the text before the first
    "#" without the blanks before it, and the note after it. */
struct Line
{
    QString content;
    QString note;
    bool hasNote = false;
};

Line splitNote(const QString &line)
{
    Line split;
    qsizetype end = line.indexOf(u'#');
    if (end >= 0) {
        split.hasNote = true;
        split.note = line.mid(end + 1);
    } else {
        end = line.size();
    }
    while (end > 0 && isBlank(line.at(end - 1)))
        --end;
    split.content = line.left(end);
    return split;
}

// Blank lines and "# note" lines; a lone "#" is neither, as in sqitch.
bool isBlankLine(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && isBlank(line.at(i)))
        ++i;
    return i == line.size() || (line.at(i) == u'#' && i + 1 < line.size());
}

// Line.pm: notes are trimmed, and \\, \n and \r are the plan's escapes.
QString unescapedNote(const QString &raw)
{
    const QString note = raw.trimmed();
    QString out;
    out.reserve(note.size());
    for (qsizetype i = 0; i < note.size(); ++i) {
        const QChar c = note.at(i);
        const QChar next = i + 1 < note.size() ? note.at(i + 1) : QChar();
        if (c == u'\\' && (next == u'\\' || next == u'n' || next == u'r')) {
            out += next == u'n' ? QChar(u'\n') : next == u'r' ? QChar(u'\r') : QChar(u'\\');
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

std::optional<QDateTime> timestampOf(const QRegularExpressionMatch &m)
{
    bool ok[6] = {};
    const int y = m.captured(u"yr").toInt(&ok[0]), mo = m.captured(u"mo").toInt(&ok[1]);
    const int d = m.captured(u"dy").toInt(&ok[2]), h = m.captured(u"hr").toInt(&ok[3]);
    const int mi = m.captured(u"mi").toInt(&ok[4]), s = m.captured(u"sc").toInt(&ok[5]);
    const QDate date(y, mo, d);
    const QTime time(h, mi, s);
    if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }) || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

class PlanParser
{
public:
    PlanParser(const QString &planPath, const SqitchLayout &layout, SqitchProject &out)
        : m_planPath(planPath), m_layout(layout), m_out(out)
    {
    }

    void parse(const QByteArray &plan);

private:
    // Each reader returns false once it has recorded an error: sqitch stops at the first.
    bool fail(int column, const Message &why, FolderProblem::Kind kind = FolderProblem::Kind::Plan);
    void problem(int line, int column, const Message &why, FolderProblem::Kind kind);
    bool readLines(const QByteArray &plan);
    bool readHeader(const QStringList &lines, qsizetype &next);
    bool readEntry(const QString &text);
    bool readTag(const QRegularExpressionMatch &m, const Line &line);
    bool readChange(const QRegularExpressionMatch &m, const Line &line);
    std::optional<QList<SqitchDependency>> readDependencies(const QRegularExpressionMatch &m);
    bool closeSection();
    bool satisfied(const SqitchDependency &dep, const QHash<QString, int> &position) const;
    void setPaths(SqitchChange &change, const QStringList &reworkTags) const;

    QString m_planPath;
    const SqitchLayout &m_layout;
    SqitchProject &m_out;
    int m_line = 0;
    QHash<QString, int> m_seen;                 ///< changes and "@tags" of the closed sections → line
    QHash<QString, int> m_sectionChanges;       ///< changes since the last tag → line
    qsizetype m_closed = 0;                     ///< changes in closed sections
    QHash<QString, qsizetype> m_lastNamed;      ///< name → index of its latest instance
    QHash<qsizetype, QStringList> m_reworkTags; ///< index of a reworked instance → its rework tags
};

void PlanParser::problem(int line, int column, const Message &why, FolderProblem::Kind kind)
{
    m_out.problems.append({FolderProblem::Severity::Error,
                           kind,
                           Text::msg("%1, line %2, column %3: %4").arg(m_planPath).arg(line).arg(column).arg(why),
                           {m_planPath}});
}

bool PlanParser::fail(int column, const Message &why, FolderProblem::Kind kind)
{
    problem(m_line, column, why, kind);
    return false;
}

void PlanParser::parse(const QByteArray &plan)
{
    readLines(plan); // the changes read before an error stay, for display
    for (qsizetype i = 0; i < m_out.changes.size(); ++i)
        setPaths(m_out.changes[i], m_reworkTags.value(i));
}

bool PlanParser::readLines(const QByteArray &plan)
{
    QStringList lines;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    for (QByteArray bytes : plan.split('\n')) { // sqitch reads it as strict UTF-8
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        lines.append(decoder.decode(bytes));
        if (decoder.hasError()) {
            m_line = int(lines.size());
            return fail(1, Text::msg("the line is not UTF-8"));
        }
    }
    if (plan.endsWith('\n'))
        lines.removeLast(); // the split's empty piece after the last newline
    qsizetype next = 0;
    if (!readHeader(lines, next))
        return false;
    for (; next < lines.size(); ++next) {
        m_line = int(next + 1);
        if (!isBlankLine(lines.at(next)) && !readEntry(lines.at(next)))
            return false;
    }
    return closeSection();
}

// The pragmas, up to the first blank line (a "# note" line does not end them).
bool PlanParser::readHeader(const QStringList &lines, qsizetype &next)
{
    bool ended = false;
    for (; next < lines.size() && !ended; ++next) {
        m_line = int(next + 1);
        const QString &text = lines.at(next);
        if (isBlankLine(text)) {
            // Perl's truth: a note that trims to nothing, or "0", is no note.
            const QString note = splitNote(text).note.trimmed();
            ended = note.isEmpty() || note == u"0";
            continue;
        }
        const QRegularExpressionMatch m = pragmaRegex().match(splitNote(text).content);
        if (!m.hasMatch())
            return fail(1, Text::msg("invalid pragma; a blank line must come between pragmas and changes"));
        const QString name = m.captured(u"name");
        if (name == u"project") {
            if (!nameRegex().match(m.captured(u"value")).hasMatch())
                return fail(int(std::max(m.capturedStart(u"name"), m.capturedStart(u"value"))) + 1,
                            Text::msg("invalid project name \"%1\": project names must not begin with punctuation, "
                                      "contain \"@\", \":\", \"#\", \"\\\" or blanks, or end in punctuation or "
                                      "digits following punctuation")
                                .arg(m.captured(u"value")));
            m_out.project = m.captured(u"value");
        } else if (name == u"uri") {
            m_out.uri = m.captured(u"value");
        } // %syntax-version is always read as 1.0.0, and unknown pragmas are kept unread, as sqitch does
    }
    if (m_out.project.isEmpty() || m_out.project == u"0") { // "0" is false to sqitch's Perl
        m_line = 1;
        return fail(1, Text::msg("no %project pragma"));
    }
    return true;
}

bool PlanParser::readEntry(const QString &text)
{
    const Line line = splitNote(text);
    const QRegularExpressionMatch m = entryRegex().match(line.content);
    qsizetype first = 0;
    while (first < line.content.size() && isBlank(line.content.at(first)))
        ++first;
    const bool tag = first < line.content.size() && line.content.at(first) == u'@';
    qsizetype nameStart = first;
    while (nameStart < line.content.size() &&
           (isBlank(line.content.at(nameStart)) || QStringView(u"@+-").contains(line.content.at(nameStart))))
        ++nameStart;
    const int nameColumn = int(m.hasMatch() ? m.capturedStart(u"name") : nameStart) + 1;
    if (!m.hasMatch() || (!m.hasCaptured(u"yr") && timestampRegex().match(line.content).hasMatch()))
        return fail(nameColumn,
                    Text::msg("invalid name; names must not begin with punctuation, contain \"@\", \":\", \"#\", "
                              "\"\\\" or blanks, or end in punctuation or digits following punctuation"));
    const int missingColumn = int(m.hasCaptured(u"planner") ? m.capturedStart(u"planner") : line.content.size()) + 1;
    if (!m.hasCaptured(u"yr") && !m.hasCaptured(u"planner"))
        return fail(missingColumn, Text::msg("missing timestamp and planner name and email"));
    if (!m.hasCaptured(u"yr"))
        return fail(missingColumn, Text::msg("missing timestamp"));
    if (!m.hasCaptured(u"planner"))
        return fail(missingColumn, Text::msg("missing planner name and email"));
    const QString name = m.captured(u"name");
    if (name == u"ROOT" || name == u"HEAD")
        return fail(nameColumn, Text::msg("\"%1\" is a reserved name").arg(tag ? u'@' + name : name));
    static const QRegularExpression sha1(QStringLiteral("^[0-9a-f]{40}"));
    if (sha1.match(name).hasMatch())
        return fail(nameColumn, Text::msg("\"%1\" could be confused with a SHA1 ID").arg(name));
    if (!timestampOf(m))
        return fail(int(m.capturedStart(u"yr")) + 1,
                    Text::msg("%1 is no date and time").arg(m.captured(0).mid(m.capturedStart(u"yr"), 20)));
    return tag ? readTag(m, line) : readChange(m, line);
}

bool PlanParser::readTag(const QRegularExpressionMatch &m, const Line &line)
{
    const QString name = m.captured(u"name");
    const int column = int(m.capturedStart(u"name")) + 1;
    if (name.contains(u'/'))
        return fail(column + int(name.indexOf(u'/')),
                    Text::msg("tag \"%1\" contains the illegal character /").arg(name));
    if (m_out.changes.isEmpty())
        return fail(column, Text::msg("tag \"%1\" declared without a preceding change").arg(name));
    if (const int at = m_seen.value(u'@' + name))
        return fail(column, Text::msg("tag \"%1\" duplicates the one on line %2").arg(name).arg(at),
                    FolderProblem::Kind::DuplicateVersion);
    if (m.hasCaptured(u"deps"))
        return fail(int(m.capturedStart(u"deps")), Text::msg("tags may not specify dependencies"));
    if (!closeSection())
        return false;
    m_out.changes.last().tags.append({name, line.hasNote ? unescapedNote(line.note) : QString(), m.captured(u"planner"),
                                      m.captured(u"email"), *timestampOf(m), m_line});
    for (auto it = m_sectionChanges.cbegin(); it != m_sectionChanges.cend(); ++it)
        m_seen.insert(it.key(), it.value());
    m_seen.insert(u'@' + name, m_line);
    m_sectionChanges.clear();
    return true;
}

bool PlanParser::readChange(const QRegularExpressionMatch &m, const Line &line)
{
    SqitchChange change;
    change.name = change.key = m.captured(u"name");
    change.line = m_line;
    if (const int at = m_sectionChanges.value(change.name))
        return fail(
            int(m.capturedStart(u"name")) + 1,
            Text::msg("change \"%1\" duplicates the one on line %2 with no tag between them").arg(change.name).arg(at),
            FolderProblem::Kind::DuplicateVersion);
    std::optional<QList<SqitchDependency>> deps = readDependencies(m);
    if (!deps)
        return false;
    for (SqitchDependency &dep : *deps)
        (dep.conflict ? change.conflicts : change.requirements).append(std::move(dep));
    change.deploy = m.captured(u"operator") != u"-";
    change.note = line.hasNote ? unescapedNote(line.note) : QString();
    change.plannerName = m.captured(u"planner");
    change.plannerEmail = m.captured(u"email");
    change.planned = *timestampOf(m);
    m_sectionChanges.insert(change.name, m_line);
    if (const auto earlier = m_lastNamed.constFind(change.name); earlier != m_lastNamed.cend()) {
        // The earlier instance's scripts are named after a tag since it: those of the changes
        // after it, the latest first, then its own (Plan.pm, "rework tags").
        QStringList tags;
        for (qsizetype i = m_closed - 1; i >= *earlier; --i) {
            for (const SqitchTag &tag : m_out.changes.at(i).tags)
                tags.append(tag.name);
        }
        QStringList own;
        for (const SqitchTag &tag : m_out.changes.at(*earlier).tags)
            own.append(tag.name);
        m_reworkTags.insert(*earlier, tags);
        SqitchChange &old = m_out.changes[*earlier];
        old.key = old.name + u'@' + (own.isEmpty() ? tags.first() : own.first());
    }
    m_lastNamed.insert(change.name, m_out.changes.size());
    m_out.changes.append(std::move(change));
    return true;
}

std::optional<QList<SqitchDependency>> PlanParser::readDependencies(const QRegularExpressionMatch &m)
{
    QList<SqitchDependency> deps;
    if (!m.hasCaptured(u"deps"))
        return deps;
    const QString list = m.captured(u"deps");
    // Perl's split drops trailing empty fields, so "[ ]" lists nothing; but it keeps a leading
    // one, so "[ a]" lists "" and "a", and "" names nothing: an error there too.
    if (std::all_of(list.cbegin(), list.cend(), isBlank))
        return deps;
    QStringList seen;
    qsizetype start = 0;
    while (start <= list.size()) {
        qsizetype end = start;
        while (end < list.size() && !isBlank(list.at(end)))
            ++end;
        const QString text = list.mid(start, end - start);
        const int column = int(m.capturedStart(u"deps") + start) + 1;
        qsizetype after = end;
        while (after < list.size() && isBlank(list.at(after)))
            ++after;
        const QRegularExpressionMatch d = dependencyRegex().match(text);
        const bool named = d.capturedLength(u"change") || d.capturedLength(u"tag") || d.capturedLength(u"tag2") ||
                           d.capturedLength(u"id");
        const bool duplicate = seen.contains(text);
        if (!d.hasMatch() || !named || duplicate) {
            fail(column, duplicate ? Text::msg("duplicate dependency \"%1\"").arg(text)
                                   : Text::msg("\"%1\" is not a valid dependency specification").arg(text));
            return std::nullopt;
        }
        seen.append(text);
        deps.append({d.captured(u"project"), d.captured(u"change"),
                     d.hasCaptured(u"tag") ? d.captured(u"tag") : d.captured(u"tag2"), d.captured(u"id"),
                     !d.captured(u"conflicts").isEmpty(), text, column});
        if (after == list.size())
            break;
        start = after;
    }
    return deps;
}

QString keyName(const SqitchDependency &dep)
{
    if (dep.change.isEmpty() && dep.tag.isEmpty())
        return dep.id;
    return dep.tag.isEmpty() ? dep.change : dep.change + u'@' + dep.tag;
}

// check_changes: a requirement of this project must be planned before, in this section or an
// earlier one; change@tag needs the change before the tag. Other projects' and IDs are not
// checked, nor are conflicts.
bool PlanParser::satisfied(const SqitchDependency &dep, const QHash<QString, int> &position) const
{
    if (!dep.project.isEmpty() ? dep.project != m_out.project : !dep.id.isEmpty())
        return true;
    const QString key = keyName(dep);
    if (key.indexOf(u'@') > 0) {
        const int tagAt = m_seen.value(u'@' + dep.tag);
        const int changeAt = m_seen.value(dep.change);
        return tagAt && changeAt && changeAt < tagAt;
    }
    return m_seen.contains(key) || position.contains(key);
}

bool PlanParser::closeSection()
{
    QHash<QString, int> position;
    QList<std::pair<qsizetype, const SqitchDependency *>> bad;
    for (qsizetype i = m_closed; i < m_out.changes.size(); ++i) {
        for (const SqitchDependency &dep : m_out.changes.at(i).requirements) {
            if (!satisfied(dep, position))
                bad.append({i, &dep});
        }
        position.insert(m_out.changes.at(i).name, int(i - m_closed) + 1);
    }
    m_closed = m_out.changes.size();
    for (const auto &[index, dep] : bad) {
        const SqitchChange &change = m_out.changes.at(index);
        const QString key = keyName(*dep);
        Message why;
        if (key == change.name)
            why = Text::msg("change \"%1\" cannot require itself").arg(change.name);
        else if (const int pos = position.value(key))
            why = Text::msg("change \"%1\" is planned %n change(s) before the change \"%2\" it requires", nullptr,
                            pos - position.value(change.name))
                      .arg(change.name, key);
        else
            why = Text::msg("change \"%1\" requires \"%2\", which is planned nowhere before it").arg(change.name, key);
        problem(change.line, dep->column, why, FolderProblem::Kind::Plan);
    }
    return bad.isEmpty();
}

// Change.pm _path_segments: a name's "/" are folders; an earlier instance of a reworked
// change uses the first NAME@TAG file found in the reworked deploy folder, else the first.
void PlanParser::setPaths(SqitchChange &change, const QStringList &reworkTags) const
{
    const QString ext = u'.' + m_layout.extension;
    QString file = change.name + ext;
    if (!reworkTags.isEmpty()) {
        file = change.name + u'@' + reworkTags.first() + ext;
        for (const QString &tag : reworkTags) {
            const QString candidate = change.name + u'@' + tag + ext;
            // A name with a NUL names no file (and Qt warns about such paths).
            if (!candidate.contains(QChar(0))
                && QFileInfo::exists(QDir(m_layout.reworkedDeployDir).filePath(candidate))) {
                file = candidate;
                break;
            }
        }
    }
    const bool reworked = !reworkTags.isEmpty();
    auto in = [&](const QString &dir) { return QDir::cleanPath(QDir(dir).filePath(file)); };
    change.deployPath = in(reworked ? m_layout.reworkedDeployDir : m_layout.deployDir);
    change.revertPath = in(reworked ? m_layout.reworkedRevertDir : m_layout.revertDir);
    change.verifyPath = in(reworked ? m_layout.reworkedVerifyDir : m_layout.verifyDir);
}

} // namespace

SqitchLayout SqitchLayout::under(const QString &topDir)
{
    const QDir top(topDir);
    SqitchLayout layout;
    layout.deployDir = layout.reworkedDeployDir = QDir::cleanPath(top.filePath(QStringLiteral("deploy")));
    layout.revertDir = layout.reworkedRevertDir = QDir::cleanPath(top.filePath(QStringLiteral("revert")));
    layout.verifyDir = layout.reworkedVerifyDir = QDir::cleanPath(top.filePath(QStringLiteral("verify")));
    return layout;
}

SqitchProject parseSqitchPlan(const QString &planPath, const QByteArray &plan, const SqitchLayout &layout)
{
    SqitchProject project;
    project.planPath = planPath;
    PlanParser(planPath, layout, project).parse(plan);
    return project;
}

} // namespace godwit
