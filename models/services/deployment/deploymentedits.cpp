#include "deploymentedits.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time (the context of checks.cpp,
// which they came from).
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(DeploymentChecks)
};

} // namespace

void applyResult(Deployment &deployment, const ItemResult &result, const Signoff &by)
{
    ChecklistItem *item = deployment.item(result.id);
    if (!item)
        return;
    Evidence evidence = result.evidence;
    ItemState state = result.state;
    auto *review = std::get_if<ReviewEvidence>(&evidence);
    const auto *before = std::get_if<ReviewEvidence>(&item->evidence);
    if (review && before && item->plan == deployment.plan) {
        // Acknowledgements of changes the new run still lists carry over.
        const QStringList listed = review->destructiveNames();
        review->acknowledged.clear();
        for (const Acknowledgement &a : before->acknowledged) {
            if (listed.contains(a.change))
                review->acknowledged << a;
        }
        if (state == ItemState::Open && review->acknowledged.size() == listed.size())
            state = ItemState::Done;
    }
    recordItem(deployment, result.id, state == ItemState::Done, result.summary, evidence, by, result.error);
    if (state == ItemState::Open)
        item->state = ItemState::Open;
}

QString acknowledgeChange(Deployment &deployment, const QString &change, const Signoff &by, SuggestedRemedy *remedy)
{
    ChecklistItem *item = deployment.itemOf(CheckKind::DestructiveReview);
    if (!item)
        return Text::tr("the checklist has no destructive-review item");
    if (deployment.isClosed() || deployment.outcome)
        return Text::tr("deployment %1 has run: its record is read-only").arg(deployment.id);
    auto *review = std::get_if<ReviewEvidence>(&item->evidence);
    if (item->plan != deployment.plan || !review) {
        if (remedy)
            *remedy = {Remedy::RunChecklistItem, item->def.id};
        return Text::tr("the destructive review (%1) has no dry run at this plan yet").arg(item->def.id);
    }
    const QStringList listed = review->destructiveNames();
    if (!listed.contains(change))
        return Text::tr("\"%1\" is not among the destructive changes: %2")
            .arg(change, listed.isEmpty() ? Text::tr("there are none") : listed.join(u"; "_s));
    if (review->acknowledgedNames().contains(change))
        return {};
    review->acknowledged << Acknowledgement{change, by};
    const auto acks = review->acknowledged.size();
    if (acks == listed.size()) {
        item->state = ItemState::Done;
        item->summary = Text::msg("%n destructive change(s), each acknowledged", nullptr, int(listed.size()));
        item->signoff = by;
    } else {
        item->summary = Text::msg("%1 of %n destructive change(s) acknowledged", nullptr, int(listed.size())).arg(acks);
    }
    return {};
}

QStringList unacknowledgedChanges(const Deployment &deployment)
{
    const ChecklistItem *item = deployment.itemOf(CheckKind::DestructiveReview);
    const auto *review = item ? std::get_if<ReviewEvidence>(&item->evidence) : nullptr;
    if (!review || item->plan != deployment.plan)
        return {};
    QStringList open = review->destructiveNames();
    for (const QString &acked : review->acknowledgedNames())
        open.removeAll(acked);
    return open;
}

QString tickItem(Deployment &deployment, const QString &id, const Signoff &by)
{
    ChecklistItem *item = deployment.item(id);
    if (!item)
        return Text::tr("no item \"%1\" in deployment %2").arg(id, deployment.id);
    if (deployment.isClosed())
        return Text::tr("deployment %1 is closed: its record is read-only").arg(deployment.id);
    if (item->def.check != CheckKind::Manual)
        return Text::tr("\"%1\" is checked by Godwit, not ticked: run it").arg(id);
    recordItem(deployment, id, true, {}, {}, by);
    return {};
}

QString overrideGate(Deployment &deployment, const Signoff &byWithReason)
{
    if (byWithReason.note.trimmed().isEmpty())
        return Text::tr("an override needs a reason");
    if (deployment.isClosed() || deployment.outcome)
        return Text::tr("deployment %1 has run: its record is read-only").arg(deployment.id);
    deployment.gateOverride = GateOverride{byWithReason, deployment.plan, deployment.missingForApply()};
    return {};
}

void recordOutcome(Deployment &deployment, const DeploymentOutcome &outcome, const Signoff &by)
{
    if (outcome.steps.isEmpty()) // nothing ran: the deployment stays open, the caller shows why
        return;
    deployment.outcome = outcome;
    qint64 ms = 0;
    for (const StepOutcome &s : outcome.steps)
        ms += s.durationMs;
    ApplyEvidence steps;
    for (const StepOutcome &s : outcome.steps)
        steps.steps << ApplyEvidence::Step{s.version, s.outcome, s.durationMs};
    for (ChecklistItem &i : deployment.items) {
        if (i.def.check != CheckKind::Apply)
            continue;
        const Message summary = outcome.ok ? Text::msg("%n step(s) applied in %1", nullptr, int(outcome.steps.size()))
                                                 .arg(durationMessage(ms))
                                           : Text::msg("failed: %1").arg(outcome.error);
        recordItem(deployment, i.def.id, outcome.ok, summary, steps, by, outcome.ok ? Message() : Message(outcome.error));
    }
}

} // namespace godwit
