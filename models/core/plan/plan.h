#pragma once

#include "status.h"

#include "i18n/remedy.h"
#include "migrations/scriptloader.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace godwit {

enum class Direction { Up, Down };

struct PlanStep
{
    Migration migration;
    Direction direction = Direction::Up;
};

struct PlanRequest
{
    Direction direction = Direction::Up;
    std::optional<QString> to; ///< target version (inclusive for up, kept for down)
    std::optional<int> steps;  ///< down only: how many
    bool allowOutOfOrder = false;
    /*! up runs past applied migrations whose scripts changed since they ran (the caller
        records that in the audit log); without it such a plan is refused. */
    bool allowModified = false;
    /*! Interop mode: the run writes the adopted tool's table too, so a migration only that
        table records can be rolled back (adopt mode refuses: other-tool). */
    bool otherToolWritten = false;
};

/*! Why there can be no plan. */
enum class PlanError {
    None,
    FolderErrors,    ///< the migrations folder has errors (two files for one version, …)
    UnknownVersion,  ///< the target version names no migration
    FailedMigration, ///< a failed migration must be repaired first
    Modified,        ///< applied scripts changed since they ran
    OutOfOrder,      ///< pending migrations are older than the newest applied one
    NoDownScript,    ///< a migration to roll back has no down script, or its files are gone
    Dependencies,    ///< a step requires what is not applied, or conflicts with what is
    OtherTool,       ///< a migration to roll back is recorded only in an adopted tool's table
};

/*! Stable ids: "folder-errors", "unknown-version", "failed-migration", "modified",
    "out-of-order", "no-down-script", "dependencies", "other-tool"; empty for None. */
QString planErrorId(PlanError code);

/*! The ordered steps from the target's current state to the requested one, or why there
    can be none (code, error, and what a person can do about it). Warnings do not stop it. */
struct Plan
{
    QList<PlanStep> steps;
    PlanError code = PlanError::None;
    Message error;
    SuggestedRemedy remedy;
    QList<Message> warnings;
    /*! Why the steps end before the target: a code migration not yet applied (the
        application or Alembic runs it); empty when they reach it. */
    Message stop;
    QList<Message> notes; ///< how steps will run (describeScripts()): said by plan, not warnings

    bool ok() const { return error.isEmpty(); }
};

/*! The folder's errors as one message, or empty: a folder with errors runs nothing. */
Message folderErrors(const MigrationSource &source);

Plan makePlan(const MigrationSource &source, const QList<StatusEntry> &status, const PlanRequest &request);

/*! What identifies a plan across runs and machines: the same steps over the same scripts
    give the same 16 hex digits (SHA-256 of each step's direction, key, the checksum of the
    script it runs and of the script that undoes it: the way back is part of what was
    reviewed). A dry run's audit row carries it, so that evidence can say "passed at this
    plan". */
QString planFingerprint(const Plan &plan);

/*! Every script of a plan read, split and checksummed for the dialect, before the first
    statement runs. */
struct PlanScripts
{
    QList<LoadedScript> loaded; ///< one per step, in order
    Message error;              ///< each script that cannot run (file:line:column: why); empty when all can
};
PlanScripts loadPlanScripts(const Plan &plan, Dialect dialect);
/*! What a baseline up to a version records: the versioned and code migrations up to it that
    are not applied, or why none can be (the version is unknown, one of them failed). */
struct BaselinePlan
{
    QList<Migration> migrations;
    Message error;
};
BaselinePlan planBaseline(const QList<StatusEntry> &status, const QString &to);

/*! One step's script as it runs: the up or the down, and a sqitch change's verify after its up. */
LoadedScript loadStepScript(const PlanStep &step, Dialect dialect);

/*! Notes on how the loaded steps will run: a script whose own BEGIN … COMMIT becomes the
    migration's transaction. */
void describeScripts(Plan &plan, const PlanScripts &scripts);

/*! The applied migrations whose scripts changed since they ran, as "version description
    (file)". */
QList<Message> modifiedMigrations(const QList<StatusEntry> &status);

} // namespace godwit
