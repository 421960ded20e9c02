#include "alembic.h"
#include "pythonmodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Alembic)
};

const QStringList &assignedNames()
{
    static const QStringList names{u"revision"_s, u"down_revision"_s, u"branch_labels"_s, u"depends_on"_s};
    return names;
}

/*! Where a file names its parents, for the errors about them. */
struct ParentsAt
{
    QList<PythonPosition> down, dependsOn;
};

/*! The graph under construction: revisions by id and what points where. */
struct Builder
{
    AlembicGraph graph;
    QList<AlembicRevision> read;
    QHash<QString, qsizetype> byId;
    QHash<QString, QString> labels;               ///< branch label -> revision id
    QSet<QString> broken;                         ///< ids of files with errors: no dangling reports
    QList<ParentsAt> at;                          ///< for each of read: where its parents are named

    void error(FolderProblem::Kind kind, const Message &message, const QStringList &files)
    {
        graph.problems.append({FolderProblem::Severity::Error, kind, message, files});
    }
};

QString shown(const QString &path) { return QFileInfo(path).fileName(); }

// Turns a file's assignments into a revision, as Alembic's Script does with the module's
// attributes. Returns false (and reports) when the file cannot be a revision.
bool makeRevision(Builder &b, const QString &path, const PythonModule &file, AlembicRevision &rev, ParentsAt &at)
{
    const auto revision = file.assignments.constFind(u"revision"_s);
    static const QRegularExpression legacyName(u"^([a-f0-9]+)\\.py$"_s);
    static const QRegularExpression illegal(u"[@+-]"_s); // Alembic's Revision.verify_rev_id
    if (revision == file.assignments.cend()) {
        // Alembic 0.1 named files by revision; anything else without an id stops Alembic.
        const QRegularExpressionMatch legacy = legacyName.match(shown(path));
        if (!legacy.hasMatch()) {
            b.error(FolderProblem::Kind::Unreadable, Text::msg("%1:1: no module-level revision assignment").arg(shown(path)), {path});
            return false;
        }
        rev.revision = legacy.captured(1);
    } else {
        const PythonValue &v = revision->value;
        if (v.none || v.sequence || v.items.isEmpty() || v.items.first().isEmpty()
            || v.items.first().contains(illegal)) {
            b.error(FolderProblem::Kind::Unreadable,
                    Text::msg("%1:%2:%3: the revision must be a non-empty string without '@', '-' or '+'")
                        .arg(shown(path)).arg(revision->at.line).arg(revision->at.column),
                    {path});
            return false;
        }
        rev.revision = v.items.first();
        rev.line = revision->at.line;
    }
    const auto down = file.assignments.constFind(u"down_revision"_s);
    if (down == file.assignments.cend()) {
        b.error(FolderProblem::Kind::Unreadable,
                Text::msg("%1:%2: revision %3 has no module-level down_revision assignment").arg(shown(path)).arg(std::max(rev.line, 1)).arg(rev.revision),
                {path});
        b.broken.insert(rev.revision);
        return false;
    }
    // An empty string is no parent: Alembic reads a falsy down_revision or depends_on as None.
    const auto parents = [&](const QString &name, QList<PythonPosition> &positions) {
        const PythonAssignment a = file.assignments.value(name);
        if (!a.value.sequence && a.value.items == QStringList{QString()})
            return QStringList();
        positions = a.value.positions;
        return a.value.items;
    };
    rev.downRevisions = parents(u"down_revision"_s, at.down);
    rev.branchLabels = file.assignments.value(u"branch_labels"_s).value.items;
    rev.dependsOn = parents(u"depends_on"_s, at.dependsOn);
    rev.message = file.docstring.trimmed().split(u"\n\n"_s).first();
    rev.path = path;
    return true;
}

void addFile(Builder &b, const QString &path, const QByteArray &content)
{
    PythonModule file;
    if (const std::optional<PythonReadError> error = readPythonModule(content, assignedNames(), file)) {
        b.error(FolderProblem::Kind::Unreadable,
                Message(u"%1:%2:%3: %4"_s).arg(shown(path)).arg(error->at.line).arg(error->at.column).arg(error->why), {path});
        const PythonAssignment revision = file.assignments.value(u"revision"_s);
        if (revision.value.items.size() == 1)
            b.broken.insert(revision.value.items.first());
        return;
    }
    AlembicRevision rev;
    ParentsAt at;
    if (!makeRevision(b, path, file, rev, at))
        return;
    if (b.byId.contains(rev.revision)) {
        const AlembicRevision &first = b.read[b.byId[rev.revision]];
        b.error(FolderProblem::Kind::DuplicateVersion,
                Text::msg("%1:%2 and %3:%4 both declare revision %5")
                    .arg(shown(first.path)).arg(first.line).arg(shown(path)).arg(rev.line).arg(rev.revision),
                {first.path, path});
        return;
    }
    b.byId.insert(rev.revision, b.read.size());
    b.read.append(rev);
    b.at.append(at);
}

// Branch labels name one revision each and no revision id; depends_on may name one. Then
// every parent must exist.
void resolveParents(Builder &b)
{
    for (const AlembicRevision &rev : std::as_const(b.read)) {
        for (const QString &label : rev.branchLabels) {
            if (b.byId.contains(label) || b.labels.contains(label)) {
                const QString other = b.labels.value(label, label);
                b.error(FolderProblem::Kind::DuplicateVersion,
                        Text::msg("%1:%2: branch label %3 is already used by revision %4").arg(shown(rev.path)).arg(rev.line).arg(label, other),
                        {rev.path, b.read[b.byId[other]].path});
            } else {
                b.labels.insert(label, rev.revision);
            }
        }
    }
    for (qsizetype r = 0; r < b.read.size(); ++r) {
        AlembicRevision &rev = b.read[r];
        // Only depends_on may name a branch label: down_revision holds revision ids.
        const auto check = [&](const QStringList &names, const QList<PythonPosition> &at, const char *what, bool labels) {
            for (qsizetype n = 0; n < names.size(); ++n) {
                if (b.byId.contains(names[n]) || (labels && b.labels.contains(names[n])) || b.broken.contains(names[n]))
                    continue;
                b.error(FolderProblem::Kind::Unreadable,
                        Text::msg("%1:%2:%3: %4 names revision %5, which no file declares")
                            .arg(shown(rev.path)).arg(at[n].line).arg(at[n].column).arg(QString::fromLatin1(what), names[n]),
                        {rev.path});
            }
        };
        check(rev.downRevisions, b.at[r].down, "down_revision", false);
        check(rev.dependsOn, b.at[r].dependsOn, "depends_on", true);
        for (const QString &dep : std::as_const(rev.dependsOn)) {
            const QString id = b.byId.contains(dep) ? dep : b.labels.value(dep);
            if (!id.isEmpty() && !rev.dependencies.contains(id))
                rev.dependencies.append(id);
        }
    }
}

// A parent named twice (as down_revision and in depends_on) is one edge.
QSet<QString> parentsOf(const Builder &b, const AlembicRevision &rev)
{
    QSet<QString> parents;
    for (const QString &p : rev.downRevisions + rev.dependencies) {
        if (b.byId.contains(p))
            parents.insert(p);
    }
    return parents;
}

// Kahn's algorithm over down revisions and dependencies, the smallest ready id first, so
// the order depends on nothing but the ids. What is left sits on or behind a cycle.
void sortRevisions(Builder &b)
{
    QHash<QString, QStringList> children;
    QHash<QString, int> waiting;
    std::set<QString> ready;
    for (const AlembicRevision &rev : std::as_const(b.read)) {
        const QSet<QString> parents = parentsOf(b, rev);
        for (const QString &p : parents)
            children[p].append(rev.revision);
        waiting[rev.revision] = int(parents.size());
        if (parents.isEmpty())
            ready.insert(rev.revision);
    }
    while (!ready.empty()) {
        const QString id = *ready.begin();
        ready.erase(ready.begin());
        b.graph.revisions.append(b.read[b.byId[id]]);
        for (const QString &child : children.value(id)) {
            if (--waiting[child] == 0)
                ready.insert(child);
        }
    }
    if (b.graph.revisions.size() == b.read.size())
        return;
    // Peel off, from the other end, what merely descends from a cycle: the rest is in one.
    std::map<QString, int> left;
    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it) {
        if (it.value() > 0)
            left.emplace(it.key(), 0);
    }
    for (auto &[id, count] : left) {
        for (const QString &child : children.value(id))
            count += left.count(child) ? 1 : 0;
    }
    for (bool peeled = true; peeled;) {
        peeled = false;
        for (auto it = left.begin(); it != left.end();) {
            if (it->second > 0) {
                ++it;
                continue;
            }
            const AlembicRevision &rev = b.read[b.byId[it->first]];
            for (const QString &p : parentsOf(b, rev)) {
                if (auto parent = left.find(p); parent != left.end())
                    --parent->second;
            }
            it = left.erase(it);
            peeled = true;
        }
    }
    QStringList names, files;
    for (const auto &[id, count] : left) {
        const AlembicRevision &rev = b.read[b.byId[id]];
        names.append(u"%1:%2 (%3)"_s.arg(shown(rev.path)).arg(rev.line).arg(id));
        files.append(rev.path);
    }
    b.error(FolderProblem::Kind::Unreadable,
            Text::msg("revisions form a cycle through down_revision or depends_on: %1").arg(names.join(u", "_s)), files);
    for (const AlembicRevision &rev : std::as_const(b.read)) {
        if (waiting.value(rev.revision) > 0)
            b.graph.revisions.append(rev);
    }
}

void classify(AlembicGraph &graph)
{
    QHash<QString, QSet<QString>> children; // by down_revision only, as Alembic's nextrev
    for (const AlembicRevision &rev : std::as_const(graph.revisions)) {
        for (const QString &p : rev.downRevisions)
            children[p].insert(rev.revision);
    }
    for (const AlembicRevision &rev : std::as_const(graph.revisions)) {
        const qsizetype childCount = children.value(rev.revision).size();
        if (rev.downRevisions.isEmpty())
            graph.bases.append(rev.revision);
        if (childCount == 0)
            graph.heads.append(rev.revision);
        if (childCount > 1)
            graph.branchPoints.append(rev.revision);
        if (rev.downRevisions.size() > 1)
            graph.merges.append(rev.revision);
    }
}

// configparser's "key = value" or "key: value" in [alembic], with %(here)s.
std::optional<QString> scriptLocation(const QString &iniPath)
{
    QFile ini(iniPath);
    if (!ini.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    bool inSection = false;
    for (const QString &raw : QString::fromUtf8(ini.readAll()).split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.startsWith(u'['))
            inSection = line == u"[alembic]";
        static const QRegularExpression entry(u"^script_location\\s*[=:]\\s*(.*)$"_s);
        const QRegularExpressionMatch m = entry.match(line);
        if (inSection && !raw.front().isSpace() && m.hasMatch()) {
            QString location = m.captured(1).trimmed();
            location.replace(u"%(here)s"_s, QFileInfo(iniPath).absolutePath()).replace(u"%%"_s, u"%"_s);
            return QDir(QFileInfo(iniPath).absolutePath()).absoluteFilePath(location);
        }
    }
    return std::nullopt;
}

bool isScriptFolder(const QDir &dir)
{
    return dir.exists(u"env.py"_s) && QFileInfo(dir.filePath(u"versions"_s)).isDir();
}

} // namespace

AlembicGraph parseAlembicRevisions(const QList<std::pair<QString, QByteArray>> &files)
{
    Builder b;
    for (const auto &[path, content] : files)
        addFile(b, path, content);
    resolveParents(b);
    sortRevisions(b);
    classify(b.graph);
    return std::move(b.graph);
}

AlembicGraph readAlembicVersions(const QString &versionsFolder)
{
    const QDir dir(versionsFolder);
    if (!dir.exists()) {
        AlembicGraph graph;
        graph.problems.append({FolderProblem::Severity::Error, FolderProblem::Kind::Unreadable,
                               Text::msg("the Alembic versions folder %1 does not exist").arg(versionsFolder), {versionsFolder}});
        return graph;
    }
    // Alembic's own filter: *.py, but not __init__*.py nor editors' ".#" lock files.
    static const QRegularExpression revisionFile(u"^(?!\\.#|__init__).*\\.py$"_s);
    QList<std::pair<QString, QByteArray>> files;
    QList<FolderProblem> unreadable;
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        if (!revisionFile.match(name).hasMatch())
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            unreadable.append({FolderProblem::Severity::Error, FolderProblem::Kind::Unreadable,
                               Text::msg("%1 cannot be read: %2").arg(name, file.errorString()), {file.fileName()}});
            continue;
        }
        files.append({file.fileName(), file.readAll()});
    }
    AlembicGraph graph = parseAlembicRevisions(files);
    graph.problems = unreadable + graph.problems;
    return graph;
}

std::optional<QString> alembicVersionsFolder(const QString &projectOrMigrationsFolder)
{
    const QDir dir(projectOrMigrationsFolder);
    if (dir.exists(u"alembic.ini"_s)) {
        if (const std::optional<QString> location = scriptLocation(dir.filePath(u"alembic.ini"_s)))
            return QDir::cleanPath(*location + u"/versions"_s);
    }
    if (isScriptFolder(dir))
        return QDir::cleanPath(dir.absoluteFilePath(u"versions"_s));
    const QDir above(dir.absoluteFilePath(u".."_s));
    if (dir.dirName() == u"versions" && isScriptFolder(above))
        return QDir::cleanPath(dir.absolutePath());
    return std::nullopt;
}

} // namespace godwit
