#include "deploymentedits.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time (the context of checks.cpp,
// which they came from).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentChecks)
};

// The "change" of each entry of a destructive review's list ("destructive" or "acknowledged").
QStringList changeNames(const QJsonObject &evidence, const QString &key)
{
    QStringList names;
    for (const QJsonValue &v : evidence.value(key).toArray())
        names << v.toObject().value(u"change").toString();
    return names;
}

} // namespace

void applyResult(Deployment &deployment, const ItemResult &result, const Signoff &by)
{
    ChecklistItem *item = deployment.item(result.id);
    if (!item)
        return;
    QJsonObject evidence = result.evidence;
    ItemState state = result.state;
    if (item->def.check == CheckKind::DestructiveReview && item->plan == deployment.plan) {
        // Acknowledgements of changes the new run still lists carry over.
        const QStringList listed = changeNames(evidence, u"destructive"_s);
        QJsonArray kept;
        for (const QJsonValue &v : item->evidence.value(u"acknowledged").toArray()) {
            if (listed.contains(v.toObject().value(u"change").toString()))
                kept.append(v);
        }
        evidence.insert(u"acknowledged"_s, kept);
        if (state == ItemState::Open && kept.size() == listed.size())
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
    if (item->plan != deployment.plan || item->evidence.isEmpty()) {
        if (remedy)
            *remedy = {Remedy::RunChecklistItem, item->def.id};
        return Text::tr("the destructive review (%1) has no dry run at this plan yet").arg(item->def.id);
    }
    const QStringList listed = changeNames(item->evidence, u"destructive"_s);
    if (!listed.contains(change))
        return Text::tr("\"%1\" is not among the destructive changes: %2")
            .arg(change, listed.isEmpty() ? Text::tr("there are none") : listed.join(u"; "_s));
    if (changeNames(item->evidence, u"acknowledged"_s).contains(change))
        return {};
    QJsonArray acks = item->evidence.value(u"acknowledged").toArray();
    QJsonObject ack = by.toJson();
    ack.insert(u"change"_s, change);
    acks.append(ack);
    item->evidence.insert(u"acknowledged"_s, acks);
    if (acks.size() == listed.size()) {
        item->state = ItemState::Done;
        item->summary = Text::tr("destructive changes, each acknowledged: %1").arg(listed.size());
        item->signoff = by;
    } else {
        item->summary = Text::tr("%1 of %2 destructive changes acknowledged").arg(acks.size()).arg(listed.size());
    }
    return {};
}

QStringList unacknowledgedChanges(const Deployment &deployment)
{
    const ChecklistItem *review = deployment.itemOf(CheckKind::DestructiveReview);
    if (!review || review->plan != deployment.plan)
        return {};
    QStringList open = changeNames(review->evidence, u"destructive"_s);
    for (const QString &acked : changeNames(review->evidence, u"acknowledged"_s))
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
    QJsonArray steps;
    for (const StepOutcome &s : outcome.steps)
        steps.append(QJsonObject{{u"version"_s, s.version}, {u"outcome"_s, s.outcome}, {u"durationMs"_s, double(s.durationMs)}});
    for (ChecklistItem &i : deployment.items) {
        if (i.def.check != CheckKind::Apply)
            continue;
        const QString summary = outcome.ok ? Text::tr("%1 steps applied in %2 ms").arg(outcome.steps.size()).arg(ms)
                                           : Text::tr("failed: %1").arg(outcome.error);
        recordItem(deployment, i.def.id, outcome.ok, summary, {{u"steps"_s, steps}}, by, outcome.ok ? QString() : outcome.error);
    }
}

} // namespace godwit
