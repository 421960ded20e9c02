#include "graphformats.h"

#include "alembic.h"
#include "folderreader.h"
#include "sections.h"
#include "sqitchplan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Discovery)
};

bool isSqitchProject(const QDir &dir)
{
    return dir.exists(QStringLiteral("sqitch.plan")) || dir.exists(QStringLiteral("sqitch.conf"));
}

// A script file of the plan; a missing deploy script is an error, a missing revert or verify
// means the change has none.
std::optional<Script> planScript(const QString &path, bool required, const SqitchChange &change, MigrationSource &source)
{
    QByteArray bytes;
    QString reason;
    if (QFileInfo::exists(path) && readMigrationFile(path, bytes, &reason))
        return wholeFileScript(path, bytes);
    if (required || QFileInfo::exists(path)) {
        source.problems.append({FolderProblem::Severity::Error, FolderProblem::Kind::Unreadable,
                                Text::msg("%1 (line %2 of the plan) cannot be read: %3")
                                    .arg(path)
                                    .arg(change.line)
                                    .arg(reason.isEmpty() ? Text::msg("the file does not exist") : Message(reason)),
                                {path}});
    }
    return std::nullopt;
}

// The key of the instance of a change a dependency means: name@tag is the instance as of
// that tag, a bare name the latest before the dependent change. Other projects' changes
// cannot be checked here.
QString dependencyKey(const SqitchDependency &dep, const QString &project, const QHash<QString, QString> &latest,
                      const QHash<QString, QString> &atTag)
{
    if (!dep.project.isEmpty() && dep.project != project)
        return {};
    if (!dep.tag.isEmpty())
        return dep.change.isEmpty() ? atTag.value(u'@' + dep.tag) : atTag.value(dep.change + u'@' + dep.tag);
    return latest.value(dep.change);
}

MigrationSource sqitchSource(const QString &folder, const SqitchProject &project)
{
    MigrationSource source;
    source.folder = folder;
    source.format = Format::Sqitch;
    source.dialect = project.dialect;
    source.problems = project.problems;
    QHash<QString, int> instances;          // change name → how many so far
    QHash<QString, QString> latest;         // change name → key of its latest instance
    QHash<QString, QString> atTag;          // "name@tag" and "@tag" → key of the instance then
    for (const SqitchChange &change : project.changes) {
        if (!change.deploy)
            continue;
        const int n = ++instances[change.name];
        Migration m;
        const QString key = n == 1 ? change.name : change.name + u'#' + QString::number(n);
        m.version = Version::named(key, source.migrations.size());
        m.description = change.note.isEmpty() ? change.name : change.note;
        m.declaredAt = {project.planPath, change.line, 1};
        m.up = planScript(change.deployPath, true, change, source);
        m.down = planScript(change.revertPath, false, change, source);
        m.verify = planScript(change.verifyPath, false, change, source);
        for (const SqitchDependency &dep : change.requirements) {
            if (const QString parent = dependencyKey(dep, project.project, latest, atTag); !parent.isEmpty())
                m.parents.append(parent);
        }
        for (const SqitchDependency &dep : change.conflicts) {
            for (int i = 1; i <= instances.value(dep.change); ++i)
                m.conflicts.append(i == 1 ? dep.change : dep.change + u'#' + QString::number(i));
        }
        latest.insert(change.name, key);
        if (!m.up)
            continue;
        source.migrations.append(std::move(m));
        for (const SqitchTag &tag : change.tags) {
            atTag.insert(u'@' + tag.name, key);
            for (auto it = latest.cbegin(); it != latest.cend(); ++it)
                atTag.insert(it.key() + u'@' + tag.name, it.value());
        }
    }
    const int count = int(source.migrations.size());
    source.explanation = Text::msg("sqitch project %1: %n change(s) in %2", nullptr, count)
                             .arg(project.project, QDir(folder).relativeFilePath(project.planPath));
    return source;
}

MigrationSource alembicSource(const QString &folder, const QString &versions)
{
    const AlembicGraph graph = readAlembicVersions(versions);
    MigrationSource source;
    source.folder = folder;
    source.format = Format::Alembic;
    source.problems = graph.problems;
    for (const AlembicRevision &revision : graph.revisions) {
        Migration m;
        m.kind = MigrationKind::Code;
        m.version = Version::named(revision.revision, source.migrations.size());
        m.description = revision.message.section(u'\n', 0, 0).trimmed();
        m.codePath = revision.path;
        m.parents = revision.downRevisions + revision.dependencies;
        source.migrations.append(std::move(m));
    }
    source.explanation = Text::msg("Alembic revisions in %1: %n revision(s), %2 head(s), applied with Alembic (Godwit "
                                   "reads them, never runs them)",
                                   nullptr, int(graph.revisions.size()))
                             .arg(QDir(folder).relativeFilePath(versions))
                             .arg(graph.heads.size());
    return source;
}

} // namespace

bool isGraphProject(const QString &folder)
{
    return isSqitchProject(QDir(folder)) || QFileInfo::exists(QDir(folder).filePath(QStringLiteral("alembic.ini")));
}

std::optional<MigrationSource> discoverGraphFormat(const QString &folder, const DiscoveryOptions &options)
{
    const Format named = options.format;
    if (named != Format::Unknown && named != Format::Sqitch && named != Format::Alembic)
        return std::nullopt;
    if (named != Format::Alembic && isSqitchProject(QDir(folder))) {
        if (const std::optional<SqitchProject> project = readSqitchProject(folder))
            return sqitchSource(folder, *project);
    }
    if (named != Format::Sqitch) {
        if (const std::optional<QString> versions = alembicVersionsFolder(folder))
            return alembicSource(folder, *versions);
    }
    return std::nullopt;
}

QList<HistoryEntry> alembicHistory(const MigrationSource &source, const QStringList &heads)
{
    QHash<QString, const Migration *> byKey;
    for (const Migration &m : source.migrations)
        byKey.insert(m.key(), &m);
    QSet<QString> applied;
    QList<HistoryEntry> entries;
    QStringList todo = heads;
    while (!todo.isEmpty()) {
        const QString key = todo.takeLast();
        if (applied.contains(key))
            continue;
        applied.insert(key);
        HistoryEntry entry;
        entry.key = key;
        entry.version = key;
        if (const Migration *m = byKey.value(key)) {
            entry.description = m->description;
            entry.script = m->codePath;
            todo.append(m->parents);
        }
        entries.append(entry);
    }
    return entries;
}

} // namespace godwit
