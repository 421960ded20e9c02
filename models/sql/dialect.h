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

} // namespace godwit
