// The window's part in deployments: starting one, running its checks and its plan on
// worker threads, binding it to each status read, and the production gate for Apply and
// Roll back (productionGate(), as godwit-cli asks it).
#include "mainwindow.h"
#include "mainwindowjob_p.h"

#include "checklistpanel.h"
#include "previewpanel.h"
#include "remedytext.h"
#include "secretstore.h"

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

struct DeploymentRun
{
    DeploymentOutcome outcome;
    QStringList log;
};

} // namespace

DeploymentContext MainWindow::deploymentContext() const
{
    const ChecklistTemplateLoad checklist = checklistTemplate(m_workspace->project);
    if (!checklist.checklist) {
        DeploymentContext context{*m_workspace, {}, {}, checklist.error, signerName(m_settings.signerName)};
        return context;
    }
    return godwit::deploymentContext(*m_workspace, *checklist.checklist, signerName(m_settings.signerName));
}

void MainWindow::askStartDeployment()
{
    if (!m_workspace)
        return;
    QStringList choices{tr("everything pending")};
    QStringList versions{QString()};
    for (const StatusEntry &e : std::as_const(m_status)) {
        if (e.state == MigrationState::Pending && e.kind() == MigrationKind::Versioned) {
            choices << tr("up to %1 %2").arg(e.version(), e.description());
            versions << e.version();
        }
    }
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Start a deployment on %1").arg(m_profile),
                                                 tr("Deploy to %1:").arg(m_workspace->target.display()), choices, 0,
                                                 false, &ok);
    if (ok)
        startDeployment(versions.value(choices.indexOf(choice)));
}

void MainWindow::startDeployment(const QString &to)
{
    if (!m_workspace || !saveBeforeRunning(tr("A deployment")))
        return;
    const ChecklistTemplateLoad checklist = checklistTemplate(m_workspace->project);
    if (!checklist.checklist) {
        tell(checklist.error);
        return;
    }
    const Workspace workspace = *m_workspace;
    const ChecklistTemplate items = *checklist.checklist;
    startJob<PlanBinding>(
        tr("planning a deployment on %1").arg(workspace.target.display()),
        [workspace, to](CancelToken &, const JobProgress &) { return bindPlan(workspace, to); },
        [this, workspace, items, to](const PlanBinding &binding) {
            QString what;
            const QString error = m_deployment->start(items, *workspace.project.profile(m_profile),
                                                      workspace.target.display(),
                                                      dialectName(workspace.target.dialect), to, binding, &what);
            if (!what.isEmpty())
                m_log->log(what);
            if (!error.isEmpty()) {
                tell(error);
                return;
            }
            if (auto *dock = findChild<QDockWidget *>(u"checklistDock"_s)) {
                dock->show();
                dock->raise();
            }
        });
}

void MainWindow::runChecks(const QStringList &ids)
{
    const std::optional<Deployment> &d = m_deployment->current();
    if (!m_workspace || !d || d->isClosed() || !saveBeforeRunning(tr("The checks")))
        return;
    DeploymentContext context = deploymentContext();
    const auto start = [this, ids](const DeploymentContext &context) {
        const Deployment deployment = *m_deployment->current();
        startJob<QList<ItemResult>>(
            tr("checking deployment %1").arg(deployment.id),
            [context, deployment, ids](CancelToken &cancel, const JobProgress &progress) {
                return godwit::runChecks(context, deployment, ids, cancel, progress);
            },
            [this](const QList<ItemResult> &results) {
                if (!m_deployment->current())
                    return;
                const QString error = m_deployment->recordResults(results);
                for (const ItemResult &r : results) {
                    const ChecklistItem *item = m_deployment->current()->item(r.id);
                    m_log->log(tr("%1: %2 — %3").arg(r.id, item ? itemStateId(item->state) : QString(), r.summary.text()));
                }
                if (!error.isEmpty())
                    m_log->log(error);
            });
    };
    // A server staging profile's password comes from the keychain first.
    if (context.staging && context.staging->target.dialect != Dialect::SQLite) {
        m_secrets->read(SecretStore::keyFor(m_workspace->project.directory, context.stagingProfile),
                        [start, context](std::optional<QString> secret) mutable {
                            context.staging->connect.password = secret.value_or(QString());
                            start(context);
                        });
        return;
    }
    start(context);
}

std::optional<AuditEntry> MainWindow::passGate(GatedAction action, const std::optional<Deployment> &deployment,
                                               const QString &plan, QString *refusal) const
{
    GateInput input = gateInputFor(action, m_workspace->project, m_workspace->target, plan, deployment);
    input.personPresent = true;
    const GateDecision decision = productionGate(input);
    if (!decision.allowed) {
        *refusal = withWindowRemedies(decision.refusal.text(), decision.remedies);
        return std::nullopt;
    }
    if (!decision.production)
        return std::nullopt;
    return gateAuditEntry(input, decision, signerName(m_settings.signerName));
}

void MainWindow::rollBack(std::optional<QString> to)
{
    PlanRequest request{Direction::Down, to};
    if (!to)
        request.steps = 1;
    // The emergency path: no checklist on production, but the typed name, and audited.
    QString refusal;
    const std::optional<AuditEntry> passage = passGate(GatedAction::RollBack, std::nullopt, {}, &refusal);
    if (!refusal.isEmpty()) {
        tell(refusal);
        return;
    }
    confirmThen(tr("Roll back"), request,
                [this, request, passage](const QString &plan) { execute(tr("Roll back"), request, passage, plan); });
}

void MainWindow::applyDeployment()
{
    QString why = m_deployment->reload(); // as the record is now, not as this window read it
    const std::optional<Deployment> &d = m_deployment->current();
    std::optional<AuditEntry> passage;
    if (why.isEmpty() && !d)
        why = tr("no deployment under way on %1: start one first").arg(m_profile);
    else if (why.isEmpty() && (d->outcome || d->isClosed()))
        why = tr("deployment %1 has run already").arg(d->id);
    else if (why.isEmpty())
        passage = passGate(GatedAction::Apply, d, d->plan, &why);
    if (!why.isEmpty()) {
        why = tr("Apply is blocked: %1").arg(why);
        tell(why);
        // Said where the person looks, with the checklist that opens the gate beside it.
        if (QDockWidget *checklist = findChild<QDockWidget *>(u"checklistDock"_s)) {
            checklist->show();
            checklist->raise();
        }
        QMessageBox::information(this, tr("Apply is blocked on production"),
                                 why + u"\n\n"_s + productionRule(Direction::Up));
        return;
    }
    PlanRequest request{Direction::Up, std::nullopt};
    if (!d->to.isEmpty())
        request.to = d->to;
    confirmThen(tr("Apply"), request, [this, passage](const QString &) { executeDeployment(passage); });
}

void MainWindow::executeDeployment(const std::optional<AuditEntry> &passage)
{
    const DeploymentContext context = deploymentContext();
    const Deployment deployment = *m_deployment->current();
    startJob<DeploymentRun>(
        tr("deployment %1: applying to %2").arg(deployment.id, context.workspace.target.display()),
        [context, deployment, passage](CancelToken &cancel, const JobProgress &progress) {
            DeploymentRun run;
            run.outcome = runDeploymentApply(context, deployment, cancel, progress, &run.log, passage);
            return run;
        },
        [this](const DeploymentRun &run) {
            for (const QString &line : run.log)
                m_log->log(line);
            if (!m_deployment->current())
                return;
            const QString error = m_deployment->recordOutcome(run.outcome);
            const Deployment &d = *m_deployment->current();
            if (d.outcome)
                m_preview->markOutOfDate(tr("deployment %1 changed the target since").arg(d.id));
            const QString outcome = !d.outcome ? tr("nothing ran: %1").arg(run.outcome.error)
                                    : d.outcome->ok ? tr("deployment %1 applied").arg(d.id)
                                                    : tr("deployment %1 failed: %2").arg(d.id, run.outcome.error);
            tell(outcome);
            if (!error.isEmpty())
                m_log->log(error);
            refresh();
        });
}

void MainWindow::bindDeployment()
{
    if (const QString gone = m_deployment->reload(); !gone.isEmpty())
        m_log->log(gone);
    const std::optional<Deployment> &d = m_deployment->current();
    if (!m_workspace || !d || d->outcome || d->isClosed())
        return;
    const QString id = d->id;
    QString why;
    const QString error =
        m_deployment->rebind(bindPlan(m_source, m_status, d->to, m_workspace->project.directory), &why);
    if (!why.isEmpty())
        m_log->log(tr("deployment %1: %2; evidence taken before is stale").arg(id, why));
    if (!error.isEmpty())
        m_log->log(tr("deployment %1: %2").arg(id, error));
}

void MainWindow::updateGate()
{
    const std::optional<Deployment> &d = m_deployment->current();
    const bool idle = !m_cancel && m_workspace.has_value();
    m_runChecks->setEnabled(idle && d && !d->isClosed());
    m_rollBack->setToolTip(m_targetEnvironment.production()
                               ? tr("Roll back the newest applied migration (F8). On production this is the emergency "
                                    "path: no checklist, but the dry run first and the typed profile name, audited.")
                               : tr("Roll back the newest applied migration (F8)"));
    if (!m_targetEnvironment.production()) {
        m_apply->setToolTip(tr("Apply the pending migrations to the target (F7)"));
        return;
    }
    QString refusal;
    if (d && !d->outcome && !d->isClosed())
        passGate(GatedAction::Apply, d, d->plan, &refusal);
    const bool open = d && !d->outcome && !d->isClosed() && refusal.isEmpty();
    // Pressed while the gate is closed, Apply says why: it is not greyed out without a word.
    m_apply->setEnabled(idle && hasTarget());
    m_apply->setToolTip(open ? tr("Apply deployment %1's plan to production (F7)").arg(d->id)
                        : d  ? tr("Blocked on production until the deployment's required items are done: %1")
                                  .arg(d->missingForApply().join(u", "_s))
                             : tr("On production, Apply runs a deployment: start one (Ctrl+Shift+D)"));

}

} // namespace godwit
