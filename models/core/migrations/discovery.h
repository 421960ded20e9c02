#pragma once

#include "migration.h"

#include "sql/dialect.h"

#include <QList>
#include <QString>

#include <optional>

namespace godwit {

struct DiscoveryOptions
{
    Format format = Format::Unknown; ///< Unknown: detect
    QString namingPattern;           ///< a custom regular expression (godwit.json), or empty
    std::optional<Dialect> dialect;  ///< picks dialect-tagged variants
    bool orderByName = false;        ///< "order": "name": versions are whole file names
};

/*! What a migration folder holds: the detected format and why, the migrations in order
    (versioned by version, then repeatables), and the folder's problems. */
struct MigrationSource
{
    QString folder;
    Format format = Format::Unknown;
    Message explanation; ///< how the format was detected
    QList<Migration> migrations;
    QList<FolderProblem> problems;
    std::optional<Dialect> dialect; ///< what the folder says it is for (Prisma's provider, sqitch's engine)

    bool hasErrors() const;
    const Migration *find(const QString &key) const;
};

/*! Reads a folder: every .sql file is classified, the format that most files match wins
    (unless one is set), and the files are grouped into migrations. Reads each script once
    to checksum it; keeps no script text. */
MigrationSource discoverMigrations(const QString &folder, const DiscoveryOptions &options);

/*! The tag in a file name ("001_x.postgres.up.sql" → "postgres"), normalized to
    "postgres", "mysql", "sqlite", or empty for untagged and "all". */
QString normalizedDialectTag(const QString &tag);

} // namespace godwit
