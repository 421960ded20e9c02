#pragma once

#include "finding.h"

#include "migrations/migration.h"
#include "migrations/projectfile.h"
#include "sql/dialect.h"

#include <QJsonObject>
#include <QMap>

#include <optional>

namespace godwit {

/*! A project's lint settings: godwit.json's "lint": {"rules": {"rule-id": "off" | "info" |
    "warning" | "error"}}. Timeouts set in the project's settings count as set. */
struct LintConfig
{
    QMap<QString, std::optional<Severity>> rules; ///< nullopt: off
    bool lockTimeoutConfigured = false;
    bool statementTimeoutConfigured = false;

    /*! The rule's severity here, or nullopt when it is off. */
    std::optional<Severity> severityOf(const QString &rule, Severity fallback) const;
};

struct LintConfigLoad
{
    std::optional<LintConfig> config;
    QString error; ///< names godwit.json and the key
};
LintConfigLoad lintConfig(const Project &project);

struct LintResult
{
    QList<Finding> findings;
    std::optional<SqlError> error; ///< the script does not split: nothing was analysed
};

/*! Analyses every statement of a script for a dialect: PostgreSQL from libpg_query's
    parse tree, SQLite and MySQL from tokens. wrapped: the runner holds a transaction
    around it (not for -- godwit:no-transaction scripts). Findings are in order, with
    -- godwit:ignore suppressions applied (kept, marked, with their reason). */
LintResult lintScript(const Script &script, Dialect dialect, const LintConfig &config, bool wrapped = true);
/*! A migration: its up script (or a repeatable's), and a missing down script. */
LintResult lintMigration(const Migration &migration, Dialect dialect, const LintConfig &config);
/*! A file given by name, as a whole script. */
LintResult lintFile(const QString &path, Dialect dialect, const LintConfig &config);

/*! The findings as SARIF 2.1.0 (the rules that fired, results with locations and in-source
    suppressions), for code-scanning tools. */
QJsonObject sarifLog(const QList<Finding> &findings, const QString &toolVersion);

} // namespace godwit
