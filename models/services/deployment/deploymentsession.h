#pragma once

#include "checks.h"

#include "i18n/remedy.h"

#include <QObject>

#include <functional>

namespace godwit {

/*! The deployment under way on one profile of a project, owned in one place: loaded from
    its record, started, bound to the plan, edited (a copy is changed, then saved), and
    `changed` emitted after each. The window and its Checklist dock observe one session;
    godwit-cli drives one synchronously. Every edit returns why it could not be made, or
    why the record could not be saved (the edit is kept in memory then), else empty.
    Past records are read through loadPast() and never become the session's. */
class DeploymentSession : public QObject
{
    Q_OBJECT

public:
    explicit DeploymentSession(QObject *parent = nullptr);

    /*! Works on the profile of the project: its deployment under way, if any. */
    void open(const QString &projectDir, const QString &profile);
    const QString &projectDir() const { return m_projectDir; }
    const QString &profile() const { return m_profile; }
    const std::optional<Deployment> &current() const { return m_current; }

    /*! The name sign-offs carry: see signerName(). */
    void setSigner(const QString &configured) { m_signer = configured; }
    Signoff sign(const QString &note = {}) const;

    /*! A record of the project by id, read-only: the session keeps its own. */
    DeploymentLoad loadPast(const QString &id) const;

    /*! Starts a deployment of binding (the plan to `to`) with the checklist: the one under
        way that has not run is bound to it instead; one that ran is closed as superseded.
        what gets the line for people: started, retargeted or already under way. */
    QString start(const ChecklistTemplate &checklist, const Profile &profile, const QString &targetDisplay,
                  const QString &dialect, const QString &to, const PlanBinding &binding, QString *what = nullptr);
    /*! Binds the deployment under way to the plan as it is now (see godwit::rebind()); saved
        when that changed something, and why goes to `why`. */
    QString rebind(const PlanBinding &binding, QString *why = nullptr);

    /*! Reads the deployment under way again from its record: what another process changed
        is taken (and changed emitted); a record closed or gone meanwhile leaves the session
        with none, and says so. Every edit reloads first. */
    QString reload();
    /*! Changes a copy of the deployment under way; when change returns no error, the copy
        becomes the deployment, is saved, and changed is emitted. */
    QString edit(const std::function<QString(Deployment &)> &change);
    QString recordResults(const QList<ItemResult> &results);
    QString tick(const QString &id, const QString &note);
    /*! Acknowledges each destructive change by name: all of them, or none. */
    QString acknowledge(const QStringList &changes, const QString &note = {}, SuggestedRemedy *remedy = nullptr);
    QString writeRollbackNote(const QString &version, const QString &note);
    QString overrideGate(const QString &reason);
    QString recordOutcome(const DeploymentOutcome &outcome);
    /*! Closes the deployment: its record becomes read-only and the session has none. */
    QString close(const QString &note);

Q_SIGNALS:
    void changed();

private:
    QString m_projectDir;
    QString m_profile;
    QString m_signer;
    std::optional<Deployment> m_current;
};

} // namespace godwit
