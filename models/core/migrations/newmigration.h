#pragma once

#include "discovery.h"

#include <QDateTime>
#include <QStringList>

namespace godwit {

struct NewMigration
{
    QStringList files; ///< created, absolute
    QString version;
    QString error;
};

/*! What createMigration() would write, without writing: the version and each file's path
    (absolute) and first content, or the error. A dialog previews the names from it. */
struct NewMigrationPlan
{
    QString version;
    QList<std::pair<QString, QByteArray>> files;
    QString error;
};
NewMigrationPlan planMigration(const MigrationSource &source, const QString &name, Format fallback,
                               const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

/*! The layouts createMigration() writes, in the order a person chooses among them: a new
    project's formats. */
QList<Format> writableFormats();

/*! Creates the next migration in the folder's own format and naming: the next number,
    padded like the existing ones, or a UTC timestamp where the folder uses timestamps.
    Never overwrites a file. An empty folder gets `fallback`'s layout. */
NewMigration createMigration(const MigrationSource &source, const QString &name, Format fallback,
                             const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

} // namespace godwit
