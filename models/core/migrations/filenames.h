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
    QString tag; ///< as written ("postgres", "sqlite3", "all"), or empty
};

/*! The built-in layouts (golang-migrate, Flyway, numbered files of dbmate, goose, paired and
    sections, which their content tells apart), with an optional dialect tag before the
    direction or ".sql". Parsed by hand: it runs for every file of a folder. */
std::optional<FileName> parseFileName(QStringView name);

/*! A custom layout from godwit.json: named groups version, description, direction and
    dialect. A name without a version is a repeatable; without a direction, both. */
std::optional<FileName> parseFileName(const QRegularExpression &pattern, const QString &name);

/*! "create_users" → "create users". */
QString describeFileName(QString text);

} // namespace godwit
