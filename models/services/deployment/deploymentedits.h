#pragma once

#include "checks.h"

#include "i18n/remedy.h"

namespace godwit {

// What a person or a finished check writes on a deployment: item results, ticks,
// acknowledgements, rollback notes, the gate's override and the run's outcome.

/*! Records a result on the item, at the deployment's current plan. A destructive review
    keeps the acknowledgements of the changes it still lists. */
void applyResult(Deployment &deployment, const ItemResult &result, const Signoff &by);

/*! Acknowledges a destructive change by its description ("drop column customers.name");
    the review is done once each is. Empty on success, else why, and in remedy what to do
    first when there is something (the review's item to run). */
QString acknowledgeChange(Deployment &deployment, const QString &change, const Signoff &by,
                          SuggestedRemedy *remedy = nullptr);

/*! The destructive review's changes (and lint errors) at this plan not acknowledged yet. */
QStringList unacknowledgedChanges(const Deployment &deployment);

/*! Ticks a manual item. Empty on success, else why (unknown, automatic, closed). */
QString tickItem(Deployment &deployment, const QString &id, const Signoff &by);

/*! Records why Apply may run without the required items. */
QString overrideGate(Deployment &deployment, const Signoff &byWithReason);

/*! Records the run's outcome (and the apply item) on the deployment. */
void recordOutcome(Deployment &deployment, const DeploymentOutcome &outcome, const Signoff &by);

} // namespace godwit
