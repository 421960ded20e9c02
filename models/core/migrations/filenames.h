#pragma once

#include "migration.h"

#include <QRegularExpression>
#include <QString>
#include <QStringView>

#include <optional>

namespace godwit {

/*! What a migration file's name says: the layout it follows, the direction, the version,
    the description and a dialect tag. */
struct FileName
{
    enum class Role { Up, Down, Both, Repeatable }; ///< Both: one file, directions inside

    Format format = Format::Unknown;
    Role role = Role::Up;
    QString versionText;
    QString description;
    QString tag; ///< as written ("postgres", "sqlite3", "all", "cockroach"), or empty
    QString stem; ///< the name without its tag, flags, direction and ".sql": the key when ordered by name
    bool noTransaction = false; ///< a flag segment said so (ory/pop's ".autocommit")
    bool baseline = false;      ///< Flyway's B1__desc.sql
};

/*! Whether a name segment is a dialect tag: one of Godwit's engines, "all", or an engine
    Godwit does not run (cockroach, mssql …), whose variants are never picked. */
bool isDialectTag(QStringView segment);

/*! The built-in layouts (golang-migrate, Flyway, numbered files of dbmate, goose, paired and
    sections, which their content tells apart), with an optional dialect tag and flag
    (NAME.postgres.autocommit.up.sql) before the direction or ".sql", and up/down pairs whose
    version is V-prefixed or dot-separated (V0001.Name.up.sql). Parsed by hand: it runs for
    every file of a folder. */
std::optional<FileName> parseFileName(QStringView name);

/*! A custom layout from godwit.json: named groups version, description, direction and
    dialect. A name without a version is a repeatable; without a direction, both. */
std::optional<FileName> parseFileName(const QRegularExpression &pattern, const QString &name);

/*! "create_users" → "create users". */
QString describeFileName(QString text);

} // namespace godwit
