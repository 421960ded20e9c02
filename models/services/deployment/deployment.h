#pragma once

#include "checklist.h"
#include "evidence.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace godwit {

struct Plan;

enum class ItemState { Open, Done, Stale, Failed };
QString itemStateId(ItemState state);
/*! "open", "done", "stale", "failed", translated. */
QString itemStateText(ItemState state);

/*! One item of a deployment's checklist with what proves it. Evidence is taken at a plan
    (its fingerprint) and a revision of the target; when either moves on, the item turns
    stale with the reason. */
struct ChecklistItem
{
    ChecklistItemTemplate def;
    ItemState state = ItemState::Open;
    Signoff signoff;       ///< who ticked it or ran the check
    Message summary;       ///< the evidence in one line
    Evidence evidence;     ///< everything the check measured
    QString plan;          ///< the plan fingerprint the evidence was taken at
    QString fromRevision;  ///< the target's revision then
    Message staleReason;
    Message error;         ///< why the check failed

    bool isDone() const { return state == ItemState::Done; }
    /*! Someone ticked it or ran its check and it held (done, or stale since): the signoff
        is a sign-off. On a failed item it names who ran the check. */
    bool isSignedOff() const { return !signoff.isEmpty() && (state == ItemState::Done || state == ItemState::Stale); }
};

/*! One step of the plan as it was bound: enough to tell what changed, and the SQL itself so
    that the record and its report stand alone. */
struct DeploymentStep
{
    QString key;
    QString version; ///< as the file spells it
    QString description;
    QString direction; ///< "up" or "down"
    QString script;    ///< relative to the project folder
    QString checksum;
    QString inverseChecksum; ///< of the script that undoes the step (its down, for an up step)
    QString sql;
    bool hasDown = false;
    QString rollbackNote; ///< the manual way back, for a step without a down script
};

struct StepOutcome
{
    QString version;
    QString direction;
    QString outcome; ///< done, failed, cancelled, skipped
    qint64 durationMs = 0;
    QString message;
    QString location; ///< file:line:column of the failed statement
};

/*! What the run did. */
struct DeploymentOutcome
{
    QDateTime started;
    QDateTime finished;
    bool ok = false;
    QString error;
    QList<StepOutcome> steps;
};

/*! Apply allowed on a production profile without the required items, and why. */
struct GateOverride
{
    Signoff signoff; ///< the note is the typed reason
    QString plan;
    QStringList missing;
};

/*! One attempt to apply a plan to a profile: its checklist, evidence, sign-offs and outcome,
    saved as .godwit/deployments/ID.json (keys in a stable order, fit to commit). */
struct Deployment
{
    QString id; ///< the file's name without .json: "20261201-093000-production"
    QString profile;
    Environment environment = Environment::Development;
    QString target; ///< the connection as shown (no password)
    QString dialect;
    QString from; ///< the target's revision when the plan was bound
    QString to;   ///< as requested; empty: everything pending, new migrations included
    QString plan; ///< planFingerprint() of the steps
    QList<DeploymentStep> steps;
    QList<ChecklistItem> items;
    Signoff created;
    std::optional<GateOverride> gateOverride;
    std::optional<DeploymentOutcome> outcome;
    Signoff closed; ///< when it was closed; a closed deployment is read-only

    bool isClosed() const { return !closed.isEmpty(); }
    /*! The revision the plan ends at: to, or the last step's version. */
    QString targetVersion() const;
    bool isApplied() const { return outcome && outcome->ok; }
    bool isProduction() const { return environment == Environment::Production; }
    ChecklistItem *item(const QString &id);
    const ChecklistItem *item(const QString &id) const;
    const ChecklistItem *itemOf(CheckKind check) const;
    ChecklistItem *itemOf(CheckKind check);

    /*! Required before-items that are not done (stale and failed count as not done). */
    QStringList missingForApply() const;
    /*! Apply may run: not production, or nothing missing, or overridden at this plan. */
    bool applyAllowed() const;

    QJsonObject toJson() const;
    static std::optional<Deployment> fromJson(const QJsonObject &o, QString *error);
    QByteArray toBytes() const;
};

/*! A new deployment of plan for the profile, with the template's items open; its id is
    the time and the profile, with -2, -3… when a record of that name is there already. */
Deployment startDeployment(const QString &projectDir, const ChecklistTemplate &checklist, const Profile &profile, const QString &targetDisplay,
                           const QString &dialect, const QString &from, const QString &to,
                           const QList<DeploymentStep> &steps, const QString &plan, const Signoff &created);

/*! The plan's steps as a deployment keeps them (paths relative to projectDir, SQL read). */
QList<DeploymentStep> deploymentSteps(const Plan &plan, const QString &projectDir);

/*! Binds the deployment to the plan as it is now: when the steps, their scripts, the
    target's revision or the target version changed, done items whose evidence was taken at
    another plan turn stale with the reason, and rollback notes carry over by key. An item
    whose evidence matches the plan again (an edit undone) is done again. Does nothing
    once the deployment ran. Returns the reason, empty when nothing changed. */
Message rebind(Deployment &deployment, const QString &from, const QString &to, const QList<DeploymentStep> &steps,
               const QString &plan);

/*! Records an item as done (or failed, with error) by who, at the deployment's plan. */
void recordItem(Deployment &deployment, const QString &id, bool ok, const Message &summary,
                const Evidence &evidence, const Signoff &by, const Message &error = {});

/*! Who signs: the name set in settings (or GODWIT_USER), else the OS user. */
QString signerName(const QString &configured = {});
Signoff signNow(const QString &by, const QString &note = {});

/*! .godwit/deployments under the project. */
QString deploymentsDirectory(const QString &projectDir);
QString backupsDirectory(const QString &projectDir);

/*! Writes the record; the file is left untouched when its bytes would not change. Empty on
    success, else the file and why. */
QString saveDeployment(const QString &projectDir, const Deployment &deployment);

struct DeploymentLoad
{
    std::optional<Deployment> deployment;
    QString error; ///< the file, line and column
};
DeploymentLoad loadDeployment(const QString &path);

/*! Every record of the project, newest first; unreadable ones in errors. */
QList<Deployment> listDeployments(const QString &projectDir, QStringList *errors = nullptr);

/*! The profile's deployment under way: the newest record for it that is not closed. */
std::optional<Deployment> currentDeployment(const QString &projectDir, const QString &profile);

} // namespace godwit
