#include "deploymentsession.h"

#include "deploymentedits.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(DeploymentSession)
};

} // namespace

DeploymentSession::DeploymentSession(QObject *parent)
    : QObject(parent)
{
}

void DeploymentSession::open(const QString &projectDir, const QString &profile)
{
    m_projectDir = projectDir;
    m_profile = profile;
    m_current = projectDir.isEmpty() ? std::nullopt : currentDeployment(projectDir, profile);
    Q_EMIT changed();
}

Signoff DeploymentSession::sign(const QString &note) const
{
    return signNow(signerName(m_signer), note);
}

DeploymentLoad DeploymentSession::loadPast(const QString &id) const
{
    return loadDeployment(QDir(deploymentsDirectory(m_projectDir)).filePath(id + u".json"_s));
}

QString DeploymentSession::start(const ChecklistTemplate &checklist, const Profile &profile,
                                 const QString &targetDisplay, const QString &dialect, const QString &to,
                                 const PlanBinding &binding, QString *what)
{
    if (!binding.error.isEmpty())
        return binding.error;
    if (binding.steps.isEmpty())
        return Text::tr("nothing to deploy: %1 is at revision %2 and the plan to %3 is empty")
            .arg(targetDisplay, binding.from.isEmpty() ? Text::tr("none") : binding.from,
                 to.isEmpty() ? Text::tr("the newest migration") : to);
    QString line;
    if (m_current && !m_current->outcome) {
        Message changed;
        const QString error = edit([&](Deployment &d) {
            changed = godwit::rebind(d, binding.from, to, binding.steps, binding.plan);
            return QString();
        });
        line = changed.isEmpty() ? Text::tr("deployment %1 is already under way for this plan").arg(m_current->id)
                                 : Text::tr("deployment %1 retargeted: %2").arg(m_current->id, changed.text());
        if (what)
            *what = line;
        return error;
    }
    if (m_current) { // it ran: its record is finished, a new attempt starts
        if (const QString error = close(Text::tr("superseded by a new deployment")); !error.isEmpty())
            return error;
    }
    m_current = startDeployment(m_projectDir, checklist, profile, targetDisplay, dialect, binding.from, to,
                                binding.steps, binding.plan, sign());
    if (what)
        *what = pluralText(Text::tr("deployment %1 started: %2 → %3, %n step(s)", nullptr, int(m_current->steps.size())),
                           int(m_current->steps.size()))
                    .arg(m_current->id, m_current->from.isEmpty() ? Text::tr("none") : m_current->from,
                         m_current->targetVersion());
    const QString error = saveDeployment(m_projectDir, *m_current);
    Q_EMIT changed();
    return error;
}

QString DeploymentSession::reload()
{
    if (!m_current)
        return {};
    const QString id = m_current->id;
    const DeploymentLoad load = loadPast(id);
    if (!load.deployment) {
        m_current.reset();
        Q_EMIT changed();
        return Text::tr("deployment %1 cannot be read any more: %2").arg(id, load.error);
    }
    const Deployment &onDisk = *load.deployment;
    if (onDisk.isClosed()) {
        m_current.reset();
        Q_EMIT changed();
        return Text::tr("deployment %1 was closed by %2 at %3%4")
            .arg(id, onDisk.closed.by, onDisk.closed.at.toString(Qt::ISODate),
                 onDisk.closed.note.isEmpty() ? QString() : u": "_s + onDisk.closed.note);
    }
    if (onDisk.toBytes() != m_current->toBytes()) {
        m_current = onDisk;
        Q_EMIT changed();
    }
    return {};
}

QString DeploymentSession::rebind(const PlanBinding &binding, QString *why)
{
    if (QString gone = reload(); !gone.isEmpty())
        return gone;
    if (!m_current || m_current->outcome || m_current->isClosed())
        return {};
    if (!binding.error.isEmpty())
        return binding.error;
    Deployment bound = *m_current;
    const Message changed = godwit::rebind(bound, binding.from, bound.to, binding.steps, binding.plan);
    if (why)
        *why = changed.text();
    if (changed.isEmpty())
        return {};
    return edit([&](Deployment &d) {
        d = bound;
        return QString();
    });
}

QString DeploymentSession::edit(const std::function<QString(Deployment &)> &change)
{
    // The record as it is now: another Godwit (the command line, a colleague's window) may
    // have changed or closed it since it was read.
    if (QString gone = reload(); !gone.isEmpty())
        return gone;
    if (!m_current)
        return Text::tr("no deployment under way on %1").arg(m_profile);
    Deployment edited = *m_current;
    if (const QString error = change(edited); !error.isEmpty())
        return error;
    m_current = edited;
    const QString error = saveDeployment(m_projectDir, *m_current);
    Q_EMIT changed();
    return error;
}

QString DeploymentSession::recordResults(const QList<ItemResult> &results)
{
    const Signoff by = sign();
    return edit([&](Deployment &d) {
        for (const ItemResult &r : results)
            applyResult(d, r, by);
        return QString();
    });
}

QString DeploymentSession::tick(const QString &id, const QString &note)
{
    return edit([&](Deployment &d) { return tickItem(d, id, sign(note)); });
}

QString DeploymentSession::acknowledge(const QStringList &changes, const QString &note, SuggestedRemedy *remedy)
{
    return edit([&](Deployment &d) {
        for (const QString &change : changes) {
            if (const QString error = acknowledgeChange(d, change, sign(note), remedy); !error.isEmpty())
                return error;
        }
        return QString();
    });
}

QString DeploymentSession::writeRollbackNote(const QString &version, const QString &note)
{
    return edit([&](Deployment &d) { return setRollbackNote(d, version, note, sign()); });
}

QString DeploymentSession::overrideGate(const QString &reason)
{
    return edit([&](Deployment &d) { return godwit::overrideGate(d, sign(reason)); });
}

QString DeploymentSession::recordOutcome(const DeploymentOutcome &outcome)
{
    return edit([&](Deployment &d) {
        godwit::recordOutcome(d, outcome, sign());
        return QString();
    });
}

QString DeploymentSession::close(const QString &note)
{
    if (!m_current)
        return Text::tr("no deployment under way on %1").arg(m_profile);
    Deployment closed = *m_current;
    closed.closed = sign(note);
    // Not saved: it stays under way, as the file says.
    if (const QString error = saveDeployment(m_projectDir, closed); !error.isEmpty())
        return error;
    m_current.reset();
    Q_EMIT changed();
    return {};
}

} // namespace godwit
