#pragma once

#include "deployment.h"

#include "workbench/operations.h"

namespace godwit {

/*! What a deployment's checks work on: the deployment's target, and the staging profile's
    (or why there is none). Copied into each job. */
struct DeploymentContext
{
    Workspace workspace;
    std::optional<Workspace> staging; ///< without a password: the caller supplies it
    QString stagingProfile;
    QString stagingError;
    QString signer;
};

/*! The deployment's target and the checklist's staging profile (the one it names, or the
    first tagged "staging"), with the target's session settings. */
DeploymentContext deploymentContext(const Workspace &workspace, const ChecklistTemplate &checklist,
                                    const QString &signer);

/*! The plan to `to` as it is now: the inputs of rebind(). */
struct PlanBinding
{
    QString from;
    QList<DeploymentStep> steps;
    QString plan;
    QString error;
};
/*! Reads the folder and the target's history (on the calling thread: a worker's) and plans
    up to `to` (empty: everything pending). */
PlanBinding bindPlan(const Workspace &workspace, const QString &to);
/*! The same from a folder and a status already read (the window's, after a refresh). */
PlanBinding bindPlan(const MigrationSource &source, const QList<StatusEntry> &status, const QString &to,
                     const QString &projectDir);

/*! One automatic item's result, taken on a worker and recorded by the deployment's owner
    with applyResult(). */
struct ItemResult
{
    QString id;
    ItemState state = ItemState::Failed; ///< Done, Failed, or Open (waits for a person)
    Message summary;
    Evidence evidence;
    Message error;
};

/*! Runs the automatic items named by ids (empty: every automatic before-item not done yet)
    on deployment's plan: backup, staging dry run, the target's reversible dry run (which
    feeds reversibility, estimate and the destructive review), rollback and verify. Nothing
    here changes the target but the backup file it writes. */
QList<ItemResult> runChecks(const DeploymentContext &context, const Deployment &deployment, QStringList ids,
                            CancelToken &cancel, const JobProgress &progress);

/*! Writes the manual rollback of a step without a down script; the rollback item is
    checked again at once (it reads only the record). */
QString setRollbackNote(Deployment &deployment, const QString &version, const QString &note, const Signoff &by);

/*! The deployment's run: the plan to deployment.to, under the run lock, with each step's
    outcome; an override goes to the target's audit log, and so does passage (the production
    gate's row, see productionGate()) before the first step. log gets the lines for people. */
DeploymentOutcome runDeploymentApply(const DeploymentContext &context, const Deployment &deployment,
                                     CancelToken &cancel, const JobProgress &progress, QStringList *log,
                                     const std::optional<AuditEntry> &passage = {});

} // namespace godwit
