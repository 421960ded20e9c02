#pragma once

#include "deployment.h"

#include "database/connection.h"
#include "database/historystore.h"
#include "database/targetidentity.h"
#include "i18n/remedy.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace godwit {

/*! What a run is about to do to a target, as the production gate sees it. */
enum class GatedAction {
    Apply,    ///< up: the reviewed plan of a deployment
    RollBack, ///< down: the emergency path
    Repair,   ///< mark applied, retry, run a down: the emergency path as well
};

/*! Everything the gate weighs. The window and godwit-cli fill it alike. */
struct GateInput
{
    GatedAction action = GatedAction::Apply;
    Environment environment = Environment::Development; ///< the target's, see targetEnvironment()
    QString profile;     ///< the name a person types to confirm
    QString plan;        ///< planFingerprint() of what is about to run
    std::optional<Deployment> deployment; ///< the profile's deployment under way, if any
    QString overrideReason;               ///< --override REASON; empty: none
    bool personPresent = false;           ///< a terminal (CLI) or the window: a name can be typed
};

/*! Why the gate refuses. */
enum class GateRefusal {
    None,
    NoDeployment,    ///< no deployment under way on the production profile
    DeploymentRan,   ///< the deployment under way has run already
    PlanNotReviewed, ///< the plan is not the one the deployment reviewed
    ItemsNotDone,    ///< required items not done for this plan
    NeedsPerson,     ///< roll back or repair with neither a person to type the name nor a reason
};

/*! Stable ids: "no-deployment", "deployment-ran", "plan-not-reviewed", "items-not-done",
    "needs-person"; empty for None. */
QString gateRefusalId(GateRefusal code);

/*! The gate's answer. On production:
    - Apply runs when the deployment's required before-items are done for exactly this plan
      (or overridden at it in the deployment), or with an override reason;
    - roll back and repair are not checklist-gated (they are how one gets out of trouble), but
      need a person typing the profile's name or, without one, an override reason;
    - with a person present the typed name is asked as well, in every case;
    - every passage is written to the target's audit log (auditEntry()). */
struct GateDecision
{
    bool allowed = true;
    bool askTypedName = false; ///< allowed once the person types the profile's name
    bool overridden = false;   ///< passed on the override reason
    bool production = false;
    QStringList missing;       ///< required items not done at this plan
    GateRefusal code = GateRefusal::None;
    Message refusal;           ///< why not, for people
    QList<SuggestedRemedy> remedies; ///< what a person can do, said by the face that shows it
};

GateDecision productionGate(const GateInput &input);

/*! The gate's input for running plan (its planFingerprint()) on target, for both faces:
    - the environment and the profile to type by targetEnvironment()
      (database/targetidentity.h), so that a --url, a symbolic link or a staging profile
      naming production's database cannot step around the gate; a deployment's record
      tagged production keeps it production;
    - deployment: the one being applied (a checklist's Apply); without one, on production,
      the profile's deployment under way (currentDeployment()).
    The caller adds what only it knows: an override reason, whether a person is present. */
GateInput gateInputFor(GatedAction action, const Project &project, const ConnectionSpec &target, const QString &plan,
                       const std::optional<Deployment> &deployment = std::nullopt);

/*! The audit row of a passage through the gate on production ("override" when passed on a
    reason, else "production-gate"), signed by `by`. */
AuditEntry gateAuditEntry(const GateInput &input, const GateDecision &decision, const QString &by);

} // namespace godwit
