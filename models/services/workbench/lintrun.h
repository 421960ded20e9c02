#pragma once

#include "operations.h"

#include "lint/finding.h"
#include "lint/linter.h"

#include <QStringList>

#include <optional>

namespace godwit {

/*! Which scripts lint reads and what else it asks of the target. */
struct LintRequest
{
    QStringList files;          ///< in the order given; empty: the folder's migrations
    bool pending = false;       ///< only the target's pending migrations
    bool reversible = false;    ///< also each pending migration's down, on a dry run
    bool readTarget = false;    ///< connect (read-only) for the data-aware checks and the server's version
    std::optional<ServerVersion> serverVersion; ///< MySQL/MariaDB: over the target's VERSION() and godwit.json's
};

/*! Why a lint run gave no findings at all. */
enum class LintFailure {
    None,
    Input,  ///< the project's lint settings or a file named are wrong: the caller's to fix
    Target, ///< the target's history could not be read
};

struct LintRun
{
    QList<Finding> findings;
    QList<SqlError> unsplittable; ///< scripts that do not split: nothing of them was analysed
    LintFailure failure = LintFailure::None;
    QString error;                ///< with a failure: what, naming the file or key
    QString dataChecksSkipped;    ///< why the target could not be read for the data-aware checks
    std::optional<LintConfig> config; ///< the settings the run used
};

/*! A script that does not split, as a finding (rule "unsplittable", an error) at the place
    the split stopped, so that the window shows it as a marker and a Problems entry like
    any other: nothing else of the script is analysed or can run. A script that could not be
    read at all (or changed after the folder was read) is "script-not-read". */
Finding unsplittableFinding(const SqlError &error);

/*! The findings of a migration whose up script an editor holds as upText, unsaved: what the
    window marks as the developer types (the narrowing across scripts waits for the save). */
QList<Finding> lintEdited(const Migration &migration, const QString &upText, Dialect dialect, const LintConfig &config);

/*! The findings of the request's scripts for the workspace's dialect: the project's lint
    settings, narrowing across the scripts in the order they run, the reversibility check
    (its progress reported), and the target's data as evidence. For both faces: the window's
    status read and `godwit-cli lint`. */
LintRun runLint(const Workspace &workspace, const LintRequest &request, CancelToken &cancel,
                const JobProgress &progress = {});

/*! The migrations' findings with the project's settings, judged for the target's server when
    one is connected; with a settings error, no findings and the error. */
LintRun lintWithSettings(const Workspace &workspace, const QList<Migration> &migrations, Connection *target);

} // namespace godwit
