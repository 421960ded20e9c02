#include "gate.h"

#include "database/targetidentity.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Gate)
};

QString actionId(GatedAction action)
{
    switch (action) {
    case GatedAction::Apply: return u"up"_s;
    case GatedAction::RollBack: return u"down"_s;
    case GatedAction::Repair: return u"repair"_s;
    }
    return {};
}

// Required before-items not done, or done at another plan than the one about to run.
QStringList missingAt(const Deployment &deployment, const QString &plan)
{
    QStringList missing;
    for (const ChecklistItem &i : deployment.items) {
        if (i.def.required && i.def.section == ChecklistSection::Before && (!i.isDone() || i.plan != plan))
            missing << i.def.id;
    }
    return missing;
}

// Why Apply may not run on production yet (code None when the deployment covers this plan).
GateRefusal applyRefusal(const GateInput &input, QStringList *missing, Message *refusal)
{
    const std::optional<Deployment> &d = input.deployment;
    if (!d) {
        *missing << u"deployment"_s;
        *refusal = Text::msg("no deployment under way on production profile %1").arg(input.profile);
        return GateRefusal::NoDeployment;
    }
    if (d->outcome) {
        *refusal = Text::msg("deployment %1 has run already: start a new one").arg(d->id);
        return GateRefusal::DeploymentRan;
    }
    if (d->plan != input.plan) {
        *missing << u"plan"_s;
        *refusal = Text::msg("the plan (%1) is not the one deployment %2 reviewed (%3): the folder or the target changed")
                       .arg(input.plan, d->id, d->plan);
        return GateRefusal::PlanNotReviewed;
    }
    if (d->gateOverride && d->gateOverride->plan == input.plan) {
        *missing = d->gateOverride->missing; // overridden in the record, which says by whom
        return GateRefusal::None;
    }
    *missing = missingAt(*d, input.plan);
    if (missing->isEmpty())
        return GateRefusal::None;
    *refusal = Text::msg("deployment %1's required items are not done for this plan: %2").arg(d->id, missing->join(u", "_s));
    return GateRefusal::ItemsNotDone;
}

} // namespace

QString gateRefusalId(GateRefusal code)
{
    switch (code) {
    case GateRefusal::None: return {};
    case GateRefusal::NoDeployment: return u"no-deployment"_s;
    case GateRefusal::DeploymentRan: return u"deployment-ran"_s;
    case GateRefusal::PlanNotReviewed: return u"plan-not-reviewed"_s;
    case GateRefusal::ItemsNotDone: return u"items-not-done"_s;
    case GateRefusal::NeedsPerson: return u"needs-person"_s;
    }
    return {};
}

GateDecision productionGate(const GateInput &input)
{
    GateDecision decision;
    decision.production = input.environment == Environment::Production;
    if (!decision.production)
        return decision;
    decision.askTypedName = input.personPresent;
    const bool hasReason = !input.overrideReason.trimmed().isEmpty();
    if (input.action == GatedAction::Apply) {
        Message refusal;
        const GateRefusal code = applyRefusal(input, &decision.missing, &refusal);
        if (code == GateRefusal::None)
            return decision;
        if (hasReason) {
            decision.overridden = true;
            return decision;
        }
        decision.allowed = false;
        decision.code = code;
        decision.refusal = refusal;
        if (code == GateRefusal::NoDeployment)
            decision.remedies << SuggestedRemedy{Remedy::StartDeployment, {}};
        decision.remedies << SuggestedRemedy{Remedy::OverrideReason, {}};
        return decision;
    }
    // The emergency paths: no checklist, but a person who typed the name or a reason.
    decision.overridden = hasReason;
    if (!input.personPresent && !hasReason) {
        decision.allowed = false;
        decision.code = GateRefusal::NeedsPerson;
        decision.refusal = Text::msg("%1 on production profile %2 needs the profile's name typed by a person, or a reason "
                                     "to pass without one")
                               .arg(input.action == GatedAction::RollBack ? Text::msg("roll back") : Text::msg("repair"),
                                    input.profile);
        decision.remedies << SuggestedRemedy{Remedy::OverrideReason, {}};
    }
    return decision;
}

GateInput gateInputFor(GatedAction action, const Project &project, const ConnectionSpec &target, const QString &plan,
                       const std::optional<Deployment> &deployment)
{
    const TargetEnvironment environment = targetEnvironment(project, target);
    GateInput input;
    input.action = action;
    input.environment = environment.environment;
    input.profile = environment.profile;
    input.plan = plan;
    input.deployment = deployment;
    if (deployment) {
        input.environment = std::max(input.environment, deployment->environment);
        if (input.profile.isEmpty())
            input.profile = deployment->profile;
    }
    if (input.profile.isEmpty())
        input.profile = target.profileName;
    if (!input.deployment && input.environment == Environment::Production)
        input.deployment = currentDeployment(project.directory, input.profile);
    return input;
}

AuditEntry gateAuditEntry(const GateInput &input, const GateDecision &decision, const QString &by)
{
    AuditEntry entry;
    entry.action = decision.overridden ? u"override"_s : u"production-gate"_s;
    entry.version = input.deployment ? input.deployment->targetVersion() : QString();
    const QString deployment = input.deployment ? input.deployment->id : QString();
    // The audit log is machine output: in English.
    Message how;
    if (decision.overridden)
        how = Text::msg("passed on a reason, without: %1")
                  .arg(decision.missing.isEmpty() ? Text::msg("the typed name") : Message(decision.missing.join(u", "_s)));
    else if (input.action != GatedAction::Apply)
        how = Text::msg("confirmed by typing the profile's name");
    else if (!decision.missing.isEmpty())
        how = Text::msg("deployment %1 overridden in its record, without: %2").arg(deployment, decision.missing.join(u", "_s));
    else
        how = Text::msg("deployment %1's required items done").arg(deployment);
    if (decision.askTypedName && input.action == GatedAction::Apply)
        how = Message::join({how, Text::msg("; the profile's name typed")}, QString());
    entry.description = u"%1 on %2: %3"_s.arg(actionId(input.action), input.profile, how.english());
    entry.planId = input.plan;
    entry.outcome = u"ok"_s;
    entry.detail = (decision.overridden ? Text::msg("by %1: %2").arg(by, input.overrideReason.trimmed()) : Text::msg("by %1").arg(by))
                       .english();
    return entry;
}

} // namespace godwit
