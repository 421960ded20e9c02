#pragma once

#include "context.h"

#include "lint/finding.h"

#include <QTextStream>

namespace godwit::cli {

struct LintOptions
{
    QStringList files;  ///< given by name; else the folder's migrations
    bool pending = false; ///< only the target's pending migrations
    bool reversible = false; ///< also the reversibility check of the pending migrations
    QString dialect;    ///< over the target's
    Severity failOn = Severity::Error;
    QString format;     ///< text, json or sarif
    QString serverVersion; ///< MySQL/MariaDB: over the target's VERSION() and godwit.json's lint.server
};

/*! `godwit-cli lint`: findings as text, JSON or SARIF; exit 3 when one reaches --fail-on. */
int lint(const GlobalOptions &options, const LintOptions &lint, QTextStream &out, QTextStream &err);

} // namespace godwit::cli
