// Running the plan: a dry run into the preview, Apply (a deployment's plan on production),
// the dry run and typed confirmation before a run on production, and the run itself.
#include "mainwindow.h"
#include "mainwindowjob_p.h"

#include "checklistpanel.h"
#include "confirmdialog.h"
#include "logpanel.h"
#include "previewpanel.h"
#include "remedytext.h"

#include <QDateTime>
#include <QDockWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace godwit {

void MainWindow::dryRun(std::optional<QString> to, bool reversible)
{
    if (!m_workspace || !saveBeforeRunning(tr("The dry run")))
        return;
    const Workspace workspace = *m_workspace;
    const PlanRequest request{Direction::Up, to};
    const DryRunMethod method = m_settings.dryRunMethod;
    startJob<DryRunJob>(
        (reversible ? tr("dry run with round trips on %1") : tr("dry run on %1")).arg(workspace.target.display()),
        [workspace, request, method, reversible](CancelToken &cancel, const JobProgress &progress) {
            return runDryRunJob(workspace, request, method, reversible, cancel, progress);
        },
        [this, origin = PreviewOrigin{reversible ? tr("Dry run with round trips") : tr("Dry run"), m_profile,
                                      workspace.target.display(), QDateTime::currentDateTime()}](const DryRunJob &job) {
            if (auto *dock = findChild<QDockWidget *>(u"previewDock"_s))
                dock->raise();
            if (!job.error.isEmpty()) {
                const QString why = withWindowRemedies(job.error.text(), {job.plan.remedy});
                m_preview->setFailure(why, origin);
                m_log->log(why); // with its excerpt, line by line
                statusBar()->showMessage(why.section(u'\n', 0, 0));
                return;
            }
            m_preview->setReport(job.report, origin);
            const QString outcome = job.report.cancelled ? tr("dry run cancelled; the target was not changed")
                                    : job.report.ok()    ? tr("dry run passed; the target was not changed")
                                                         : tr("dry run failed; the target was not changed");
            for (const StepRun &step : job.report.up + job.report.down) {
                m_log->log(tr("%1 %2 %3: %4 (%5 ms)")
                               .arg(step.step.direction == Direction::Up ? tr("up") : tr("down"),
                                    step.step.migration.displayVersion(), step.step.migration.description,
                                    step.ok ? tr("ran") : step.error)
                               .arg(step.durationMs, 0, 'f', 1));
                for (const StatementRun &s : step.statements)
                    m_log->log(u"    %1  %2  %3"_s.arg(s.location.toString(), statementOutcomeId(s.outcome),
                                                     s.sql.section(u'\n', 0, 0).simplified()));
            }
            tell(outcome);
            clearFailures(); // this run's failures replace the last one's
            for (const StepRun &step : job.report.up + job.report.down) {
                for (const StatementRun &s : step.statements) {
                    if (s.outcome == StatementRun::Outcome::Failed)
                        showFailure(s.location.file, s.location.line, s.error);
                }
            }
        });
}

void MainWindow::apply(std::optional<QString> to)
{
    if (m_targetEnvironment.production()) {
        // On production what runs is a deployment's reviewed plan.
        const std::optional<Deployment> &d = m_deployment->current();
        if (to && (!d || d->targetVersion() != *to)) {
            const QString why = tr("On production, Apply runs a deployment's plan: start one to %1 "
                                   "(Deployment › Start deployment) and complete its checklist")
                                    .arg(*to);
            tell(why);
            return;
        }
        applyDeployment();
        return;
    }
    confirmThen(tr("Apply"), PlanRequest{Direction::Up, to});
}

QString MainWindow::productionRule(Direction direction)
{
    return direction == Direction::Up
               ? tr("On production, Apply runs the reviewed plan of a deployment whose required checklist items are "
                    "done; the dry run comes first, and your name goes to the audit log.")
               : tr("On production, Roll back is the emergency path: it needs no checklist, but the dry run comes "
                    "first, you type the profile's name, and your name goes to the audit log.");
}

void MainWindow::confirmThen(const QString &action, const PlanRequest &request, const std::function<void(const QString &plan)> &run)
{
    if (!m_workspace || !saveBeforeRunning(action))
        return;
    const auto go = [this, action, request, run](const QString &plan) {
        if (run)
            run(plan);
        else
            execute(action, request, {}, plan);
    };
    if (!m_targetEnvironment.production()) {
        go({});
        return;
    }
    const Workspace workspace = *m_workspace;
    startJob<DryRunJob>(
        tr("dry run before: %1 on %2").arg(action, workspace.target.display()),
        [workspace, request](CancelToken &cancel, const JobProgress &progress) {
            return runDryRunJob(workspace, request, DryRunMethod::Auto, false, cancel, progress);
        },
        [this, action, go, direction = request.direction, dir = workspace.project.directory, profile = m_profile,
         origin = PreviewOrigin{tr("Dry run before %1").arg(action), m_profile, workspace.target.display(),
                                QDateTime::currentDateTime()}](const DryRunJob &job) {
            if (!job.error.isEmpty()) {
                tell(withWindowRemedies(job.error.text(), {job.plan.remedy}));
                return;
            }
            m_preview->setReport(job.report, origin);
            QList<Finding> findings;
            for (const PlanStep &step : job.plan.steps) {
                if (step.direction == Direction::Up)
                    findings << upFindings(step.migration);
            }
            ConfirmDialog confirm(action, m_profile, productionRule(direction), job.plan, job.report, findings,
                                  this);
            const bool confirmed = confirm.exec() == QDialog::Accepted;
            if (!m_workspace || m_workspace->project.directory != dir || m_profile != profile) {
                tell(tr("%1 not run: it was confirmed for %2 on %3, and the window has moved on").arg(action, profile, dir));
                return;
            }
            if (confirmed) {
                go(planFingerprint(job.plan));
            } else {
                m_log->log(tr("%1 not confirmed: nothing was run").arg(action));
                m_preview->markOutOfDate(tr("%1 was not confirmed and nothing ran; this is the dry run shown for it")
                                             .arg(action));
            }
        });
}

void MainWindow::execute(const QString &action, const PlanRequest &request, const std::optional<AuditEntry> &passage,
                         const QString &expectedPlan)
{
    const Workspace workspace = *m_workspace;
    startJob<ApplyJob>(
        tr("%1 on %2").arg(action, workspace.target.display()),
        [workspace, request, passage, expectedPlan](CancelToken &cancel, const JobProgress &progress) {
            return runApplyJob(workspace, request, cancel, progress, expectedPlan, passage);
        },
        [this, action](const ApplyJob &job) {
            if (!job.error.isEmpty()) {
                tell(withWindowRemedies(job.error.text(), {job.plan.remedy}));
            }
            if (!job.report.steps.isEmpty())
                m_preview->markOutOfDate(tr("%1 changed the target since").arg(action));
            for (const QString &line : job.log)
                m_log->log(line);
            refresh();
            clearFailures();
            // Markers once the tree knows the migration again.
            if (!job.report.steps.isEmpty() && job.report.steps.constLast().failedStatement > 0) {
                const StepResult failed = job.report.steps.constLast();
                auto connection = std::make_shared<QMetaObject::Connection>();
                *connection = connect(this, &MainWindow::statusRefreshed, this, [this, failed, connection] {
                    disconnect(*connection);
                    showFailure(failed.location.file, failed.location.line, failed.message.text());
                });
            }
        });
}

} // namespace godwit
