#pragma once

// Internal to services/deployment: what checks.cpp and dryrunchecks.cpp share, and the
// items a dry run answers, which runChecks() dispatches to.

#include "checks.h"

#include <optional>

namespace godwit::detail {

/*! The plan request up to `to` (empty: everything pending). */
PlanRequest requestTo(const QString &to);
/*! Each change of diff (of one class only, when given), in English. */
QList<EvidenceChange> evidenceChanges(const SchemaDiff &diff, std::optional<SchemaChange::Class> only = std::nullopt);

/*! The staging dry run: the deployment's plan, dry-run on the staging profile. */
ItemResult stagingItem(const DeploymentContext &context, const Deployment &deployment, const QString &id,
                       CancelToken &cancel, const JobProgress &progress);
/*! One reversible dry run on the target feeds the items ids: reversibility, the estimate and
    the destructive review. */
QList<ItemResult> targetDryRunItems(const DeploymentContext &context, const Deployment &deployment,
                                    const QStringList &ids, CancelToken &cancel, const JobProgress &progress);

} // namespace godwit::detail
