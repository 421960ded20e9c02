#pragma once

#include "finding.h"
#include "mysqlalter.h"

#include "migrations/migration.h"
#include "migrations/projectfile.h"
#include "sql/dialect.h"

#include <QJsonObject>
#include <QMap>

#include <optional>

namespace godwit {

class Connection;

/*! A project's lint settings: godwit.json's "lint": {"rules": {"rule-id": "off" | "info" |
    "warning" | "error"}, "server": "mysql 8.0.35"}. Timeouts set in the project's settings count as set. */
struct LintConfig
{
    QMap<QString, std::optional<Severity>> rules; ///< nullopt: off
    bool lockTimeoutConfigured = false;
    bool statementTimeoutConfigured = false;
    /*! MySQL/MariaDB: the server the scripts will run on (godwit.json's lint.server,
        --server-version, or the target's VERSION()); unknown: the oldest servers considered. */
    std::optional<ServerVersion> server;

    /*! The rule's severity here, or nullopt when it is off. */
    std::optional<Severity> severityOf(const QString &rule, Severity fallback) const;
};

struct LintConfigLoad
{
    std::optional<LintConfig> config;
    QString error; ///< names godwit.json and the key
};
/*! With a MySQL/MariaDB target, its VERSION() is the server the ALTERs are judged for (over
    godwit.json's lint.server). */
LintConfigLoad lintConfig(const Project &project, Connection *target = nullptr);

/*! A column's type as a script declares it (CREATE TABLE, ADD COLUMN) or changes it (at
    `change`, where its column-type-change finding is). */
struct ColumnTypeEvent
{
    QString table;
    QString column;
    QString type;
    std::optional<SourceLocation> change;
};

struct LintResult
{
    QList<Finding> findings;
    std::optional<SqlError> error; ///< the script does not split: nothing was analysed
    QList<ColumnTypeEvent> columnTypes; ///< in statement order, for markNarrowing()
};

/*! Analyses every statement of a script for a dialect: PostgreSQL from libpg_query's
    parse tree, SQLite and MySQL from tokens. wrapped: the runner holds a transaction
    around it (not for -- godwit:no-transaction scripts). Findings are in order, with
    -- godwit:ignore suppressions applied (kept, marked, with their reason). */
LintResult lintScript(const Script &script, Dialect dialect, const LintConfig &config, bool wrapped = true);
/*! A migration: its up script (or a repeatable's), and a missing down script. editedUp: the
    up script's whole text as an editor holds it, in place of its file. */
LintResult lintMigration(const Migration &migration, Dialect dialect, const LintConfig &config,
                         const std::optional<QString> &editedUp = std::nullopt);
/*! A whole script's text as it is being edited, not yet saved to path. */
LintResult lintText(const QString &path, const QString &text, Dialect dialect, const LintConfig &config,
                    bool wrapped = true);
/*! A file given by name, as a whole script. */
LintResult lintFile(const QString &path, Dialect dialect, const LintConfig &config);
/*! Migrations in order, one share of them per core, with markNarrowing() across them. */
QList<LintResult> lintMigrations(const QList<Migration> &migrations, Dialect dialect, const LintConfig &config);

/*! Results of scripts in the order they run: a type change whose column an earlier script
    (or an earlier statement) declared wider is called what it is, "narrows orders.id from
    bigint to integer: possible data loss", and becomes an error unless the project grades
    column-type-change itself. */
void markNarrowing(QList<LintResult> &results, const LintConfig &config);

/*! Whether type `to` holds less than `from` (as PostgreSQL's format_type or MySQL's
    COLUMN_TYPE spell them): a smaller integer, a shorter or bounded character type. */
bool narrowerType(QString from, QString to);

/*! The findings as SARIF 2.1.0 (the rules that fired, results with locations and in-source
    suppressions), for code-scanning tools. */
QJsonObject sarifLog(const QList<Finding> &findings, const QString &toolVersion);

} // namespace godwit
