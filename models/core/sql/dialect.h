#pragma once

#include <QString>

#include <optional>

namespace godwit {

/*! The SQL dialects Godwit splits, runs and analyses. MariaDB is MySQL with quirks that are
    told apart at connect time. */
enum class Dialect { SQLite, PostgreSQL, MySQL };

QString dialectName(Dialect dialect);
/*! Parses the names used in URLs, file tags and godwit.json: "sqlite", "sqlite3",
    "postgres", "postgresql", "pg", "mysql", "mariadb". */
std::optional<Dialect> dialectFromName(const QString &name);

/*! An identifier (database, schema, table, column, trigger…) quoted for the dialect, always:
    `name` on MySQL/MariaDB, "name" elsewhere, the quote character doubled inside. The one
    place SQL text gets a name that came from a user or a catalog; values are bound. */
QString quotedIdentifier(Dialect dialect, const QString &name);
/*! schema.name, each part quoted (PostgreSQL schema, MySQL database); name alone when
    qualifier is empty. */
QString qualifiedIdentifier(Dialect dialect, const QString &qualifier, const QString &name);

} // namespace godwit
