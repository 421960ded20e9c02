// Other tools' history in the window: the table status found (Adopt in the status bar), the
// one adopted, and "Mark as applied up to here" (a baseline).
#include "mainwindow.h"
#include "mainwindowjob_p.h"

#include "logpanel.h"

#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace godwit {

void MainWindow::showPeers(const PeerTablesSeen &peers)
{
    m_found.reset();
    m_adoptButton->hide();
    m_historyLabel->setVisible(peers.adopted || !peers.found.isEmpty());
    if (peers.adopted) {
        const QString tool = peerToolId(peers.adopted->spec.tool);
        if (peers.adopted->spec.interop) {
            m_historyLabel->setText(tr("history: %1's, interop").arg(tool));
            m_historyLabel->setToolTip(tr("%1. What Godwit applies is written to %2 too, as %3 would, in the same "
                                          "transaction; that table says what is applied.")
                                           .arg(describeFound(*peers.adopted).text(), peers.adopted->spec.table, tool));
            return;
        }
        m_historyLabel->setText(tr("history: %1's, adopted").arg(tool));
        m_historyLabel->setToolTip(tr("%1. What Godwit applies is recorded in its own history; %2 is left as it is.")
                                       .arg(describeFound(*peers.adopted).text(), peers.adopted->spec.table));
        return;
    }
    if (peers.found.isEmpty()) {
        m_historyLabel->setToolTip({});
        return;
    }
    QStringList lines;
    for (const PeerTableFound &f : peers.found)
        lines << describeFound(f).text();
    const QString tip = tr("History tables of other tools on the target:\n%1").arg(lines.join(u'\n'));
    if (tip != m_historyLabel->toolTip()) // once, not at every refresh
        m_log->log(tr("found on %1: %2").arg(m_workspace->target.display(), lines.join(u"; "_s)));
    m_historyLabel->setText(tr("found: %1").arg(lines.first()));
    m_historyLabel->setToolTip(tip);
    if (peers.found.size() == 1) { // with several, which one is the team's is not Godwit's guess
        m_found = peers.found.first().spec;
        m_adoptButton->setToolTip(tr("Read %1 as the target's past from now on (writes \"history\" in godwit.json)")
                                      .arg(m_found->table));
        m_adoptButton->show();
    }
}

void MainWindow::adoptFound()
{
    if (!m_workspace || !m_found)
        return;
    const PeerTableSpec spec = *m_found;
    const auto answer = QMessageBox::question(
        this, tr("Adopt %1's history").arg(peerToolId(spec.tool)),
        tr("Read %1 as what %2 already has, and record what Godwit applies from now on in Godwit's own history? "
           "%1 is not changed. This writes \"history\" into %3.")
            .arg(spec.table, m_workspace->target.display(), m_workspace->project.directory + u"/godwit.json"_s));
    if (answer != QMessageBox::Yes)
        return;
    if (const QString error = saveAdoption(m_workspace->project.directory, spec); !error.isEmpty()) {
        tell(error);
        return;
    }
    m_workspace->project.adopt = spec;
    tell(tr("adopted %1's history (%2)").arg(peerToolId(spec.tool), spec.table));
    refresh();
}

void MainWindow::markAppliedTo(const QString &key)
{
    if (!m_workspace || !saveBeforeRunning(tr("Marking as applied")))
        return;
    const BaselinePlan baseline = planBaseline(m_status, key);
    if (!baseline.error.isEmpty()) {
        tell(baseline.error.text());
        return;
    }
    if (baseline.migrations.isEmpty()) {
        tell(tr("nothing to record: every migration up to %1 is applied").arg(key));
        return;
    }
    QString refusal;
    const std::optional<AuditEntry> passage = passGate(GatedAction::Repair, std::nullopt, {}, &refusal);
    if (!refusal.isEmpty()) {
        tell(refusal);
        return;
    }
    QStringList lines;
    QStringList keys;
    for (const Migration &m : baseline.migrations) {
        lines << u"%1  %2"_s.arg(m.displayVersion(), m.description);
        keys << m.key();
    }
    QMessageBox box(QMessageBox::Warning, tr("Mark as applied"),
                    pluralText(tr("Record %n migration(s) as applied on %1 without running them?", nullptr, int(keys.size())),
                               int(keys.size()))
                        .arg(m_workspace->target.display()),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Do this only when the database has them already. Each is written to the audit log."));
    box.setDetailedText(lines.join(u'\n'));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    if (m_targetEnvironment.production()) {
        bool ok = false;
        const QString typed = QInputDialog::getText(this, tr("Mark as applied on production"),
                                                    tr("Type the profile's name, %1, to go on:").arg(m_profile),
                                                    QLineEdit::Normal, {}, &ok);
        if (!ok || typed.trimmed() != m_profile) {
            m_log->log(tr("mark as applied not confirmed: nothing was recorded"));
            return;
        }
    }
    const Workspace workspace = *m_workspace;
    startJob<BaselineJob>(
        tr("marking applied up to %1 on %2").arg(key, workspace.target.display()),
        [workspace, key, keys, passage](CancelToken &cancel, const JobProgress &) {
            return runBaselineJob(workspace, key, keys, cancel, passage);
        },
        [this](const BaselineJob &job) {
            for (const StepResult &r : job.results)
                m_log->log(tr("%1 %2: %3").arg(r.step.migration.displayVersion(), r.step.migration.description,
                                                r.message.text()));
            int recorded = 0;
            for (const StepResult &r : job.results)
                recorded += r.outcome == StepResult::Outcome::Done ? 1 : 0;
            tell(!job.error.isEmpty() ? job.error.text()
                                      : pluralText(tr("recorded %1 of %n migration(s) as applied", nullptr, job.planned),
                                                   job.planned)
                                            .arg(recorded));
            refresh();
        });
}

} // namespace godwit
