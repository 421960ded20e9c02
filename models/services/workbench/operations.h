#pragma once

#include "database/connection.h"
#include "database/dryrun.h"
#include "database/executor.h"
#include "database/historystore.h"
#include "plan/plan.h"
#include "lint/finding.h"
#include "lint/linter.h"
#include "migrations/discovery.h"
#include "migrations/projectfile.h"

#include <atomic>
#include <functional>
#include <mutex>

namespace godwit {

/*! A project and the target it works on, as the window holds them. Copied into each job. */
struct Workspace
{
    Project project;
    ConnectionSpec target;
    ConnectOptions connect;
};

/*! The project's migrations folder, read with its format and naming pattern; dialect picks
    dialect-tagged variants (none: the first of each). */
MigrationSource readProjectFolder(const Project &project, std::optional<Dialect> dialect);

/*! Cancels a job from any thread: sets the flag the job checks between statements and
    stops the statement running now through whatever the job registered. */
class CancelToken
{
public:
    void cancel();
    bool isCancelled() const { return m_flag.load(); }
    const std::atomic_bool *flag() const { return &m_flag; }
    /*! The job's way to stop its running statement; cleared when the job ends. */
    void setInterrupt(std::function<void()> interrupt);

private:
    std::atomic_bool m_flag{false};
    std::mutex m_mutex;
    std::function<void()> m_interrupt;
};

using JobProgress = std::function<void(int done, int total, const QString &text)>;

/*! The folder and the target's history, read on the calling thread (a worker's), each on
    a connection of its own; for the window also the target's snapshot (the editor's
    completion) and the lint findings of every migration. Jobs that only plan pass false. */
struct StatusJob
{
    MigrationSource source;
    QList<StatusEntry> status;
    bool databaseMissing = false;
    std::optional<Snapshot> snapshot;
    QList<Finding> findings; ///< lint of every migration's up script, for the target's dialect
    QString lintError;       ///< godwit.json's lint settings are wrong
    std::optional<LintConfig> lintConfig; ///< the lint settings the findings were made with
    Message error;
    bool needsPassword = false; ///< the server refused the login for want of a password
    PeerTablesSeen peers;       ///< the adopted tool's table, or the tools' tables found
};
/*! What a status read asks for besides Godwit's rows: alembic_version for an Alembic
    project, the adopted tool's table, else a look for other tools' tables. */
HistoryWants historyWants(const Project &project);
StatusJob readStatusJob(const Workspace &workspace, bool forWindow = true);
/*! The project's migrations without a target (no profile yet): every one pending, what the
    folder holds that is not a migration among the source's problems. */
StatusJob readFolderJob(const Project &project);

struct DryRunJob
{
    MigrationSource source;
    Plan plan;
    DryRunReport report;
    Message error;           ///< why it could not run at all
    bool inputError = false; ///< the folder has errors (two files for one version, …)
};
DryRunJob runDryRunJob(const Workspace &workspace, PlanRequest request, DryRunMethod method, bool reversible,
                       CancelToken &cancel, const JobProgress &progress);

struct ApplyJob
{
    Plan plan;
    ExecutionReport report;
    Message error;
    bool inputError = false;
    /*! For the log: each step, its outcome, and the statements of its script with their
        locations. */
    QStringList log;
};
/*! Plans request under the run lock and runs it (up or down). With expectedPlan (a
    planFingerprint), a plan that differs from it runs nothing: what was reviewed is what runs.
    passage, the production gate's audit row (see productionGate()), is written to the
    target's audit log before the first step. Waiting for the lock is cancellable and
    reported through progress. */
ApplyJob runApplyJob(const Workspace &workspace, PlanRequest request, CancelToken &cancel, const JobProgress &progress,
                     const QString &expectedPlan = {}, const std::optional<AuditEntry> &passage = {});

struct BaselineJob
{
    QList<StepResult> results; ///< one per migration recorded, up to the first that could not be
    int planned = 0;
    Message error;
};
/*! Records the migrations up to to that are not applied as applied, without running them,
    under the run lock; expected: the keys the person confirmed (other keys under the lock run
    nothing). passage: the production gate's audit row, written first. */
BaselineJob runBaselineJob(const Workspace &workspace, const QString &to, const QStringList &expected,
                           CancelToken &cancel, const std::optional<AuditEntry> &passage = {});

/*! A --to older than the newest applied version plans down. */
void chooseDirection(PlanRequest &request, const QList<StatusEntry> &status);

} // namespace godwit
