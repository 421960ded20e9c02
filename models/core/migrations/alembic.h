#pragma once

#include "migration.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace godwit {

/*! One Alembic revision file, read without running Python: the module-level assignments
    Alembic's ScriptDirectory reads from it. */
struct AlembicRevision
{
    QString revision;
    QStringList downRevisions; ///< empty for a base
    QStringList branchLabels;  ///< as declared in the file, not inherited from ancestors
    QStringList dependsOn;     ///< as written: revision ids or branch labels
    QStringList dependencies;  ///< depends_on resolved to revision ids
    QString message;           ///< the docstring's first paragraph, as Alembic's Script.doc
    QString path;
    int line = 0; ///< line of the revision assignment (0 for a legacy id taken from the file name)
};

/*! A versions folder as a graph. The lists of ids follow the order of revisions. With
    errors, revisions still holds every file that reads as a revision: a duplicate id keeps
    its first file, and revisions on or behind a cycle come last, in file order (by name in
    readAlembicVersions). */
struct AlembicGraph
{
    QList<AlembicRevision> revisions; ///< parents (down revisions and dependencies) first, ties by id
    QStringList bases;                ///< no down_revision
    QStringList heads;        ///< named by no down_revision (depends_on does not count, as in Alembic)
    QStringList branchPoints; ///< named by the down_revision of two or more revisions
    QStringList merges;       ///< two or more down revisions
    QList<FolderProblem> problems; ///< errors only: each names its file and line
};

/*! Reads every versions/ *.py file (not subfolders, not __init__*.py), as Alembic does by
    default. */
AlembicGraph readAlembicVersions(const QString &versionsFolder);

/*! The same on files already read: (path, content) pairs. */
AlembicGraph parseAlembicRevisions(const QList<std::pair<QString, QByteArray>> &files);

/*! Finds an Alembic project's versions folder: alembic.ini's script_location (with %(here)s;
    a relative one from the ini's folder, where alembic is run) in the folder, else the
    folder itself, or the one above a folder named versions, when it holds env.py and
    versions/. version_locations and package resources ("pkg:path") are not followed. */
std::optional<QString> alembicVersionsFolder(const QString &projectOrMigrationsFolder);

} // namespace godwit
