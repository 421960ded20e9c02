// The project and its target: opening a project folder (and the recent list), choosing the
// profile and its password, reading the target's status, and the dialogs that change them
// (connection profiles, settings, a new migration).
#include "mainwindow.h"
#include "mainwindowjob_p.h"

#include "checklistpanel.h"
#include "logpanel.h"
#include "migrationeditor.h"
#include "newmigrationdialog.h"
#include "previewpanel.h"
#include "problemspanel.h"
#include "profilesdialog.h"
#include "secretstore.h"
#include "settingsdialog.h"
#include "sqleditor.h"
#include "statuscolors.h"

#include "items/migrationtreemodel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QPushButton>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScopeGuard>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

constexpr int maxRecent = 8;

} // namespace

bool MainWindow::openProject(const QString &directory, const QString &profile)
{
    const ProjectLoad load = loadProject(directory);
    if (!load.project) {
        tell(load.error);
        return false;
    }
    {
        // A save here must not start a read of the project being left.
        m_savingForRun = true;
        const auto done = qScopeGuard([this] { m_savingForRun = false; });
        if (!askToSaveAll(tr("Save the changes to %1 before opening %2?")
                              .arg(u"%1"_s, QFileInfo(load.project->directory).fileName())))
            return false;
    }
    saveOpenTabs(); // the last project's, for when it is opened again
    while (m_editors->count() > 0) {
        QWidget *editor = m_editors->widget(0);
        m_editors->removeTab(0);
        editor->deleteLater();
    }
    m_preview->clear(); // another project's result says nothing of this one
    dropWaitingJob(tr("the window opened %1").arg(load.project->directory));
    m_workspace = Workspace{*load.project, {}, {}};
    readOpenTabs();
    // Nothing found in the last project's scripts stays on screen.
    m_findings.clear();
    m_lintConfig.reset();
    m_model->setFindings({});
    m_problems->setFindings({});
    m_profile.clear();
    m_profiles->clear();
    m_profiles->addItems(load.project->profiles.keys());
    addRecent(load.project->directory);
    const QString name = profile.isEmpty() ? load.project->defaultProfile : profile;
    if (!load.project->profile(name)) {
        const QString dir = load.project->directory;
        m_deployment->open({}, {}); // the last project's deployment is not this one's
        m_preview->clear(tr("No dry run: a dry run needs a database to run on; choose a profile or Connect… first."));
        showFolder(!load.project->hasProjectFile ? tr("%1 has no godwit.json: Connect… chooses the database its migrations "
                                                      "run on")
                                                       .arg(dir)
                   : load.project->profiles.isEmpty() ? tr("%1/godwit.json has no connection profile: Connect… adds one")
                                                            .arg(dir)
                   : name.isEmpty() ? tr("%1/godwit.json names no defaultProfile: choose a profile in the toolbar").arg(dir)
                                    : tr("no profile \"%1\" in %2/godwit.json").arg(name, dir));
        return false;
    }
    m_connectButton->hide();
    switchProfile(name);
    return true;
}

void MainWindow::showFolder(const QString &why)
{
    m_environment->clear();
    m_environment->setStyleSheet({});
    m_targetLabel->setText(tr("not connected"));
    m_revisionLabel->clear();
    m_pendingLabel->clear();
    m_connectButton->setVisible(m_workspace->project.profiles.isEmpty());
    updateTitle();
    tell(why);
    m_notConnected = why;
    readFolder();
}

void MainWindow::readFolder()
{
    if (m_cancel) { // once the job that runs is done
        m_refreshWhenIdle = true;
        return;
    }
    const Project project = m_workspace->project;
    startJob<StatusJob>(tr("reading %1").arg(project.migrationsDir),
                        [project](CancelToken &, const JobProgress &) { return readFolderJob(project); },
                        [this, since = QDateTime::currentDateTime(), dir = project.directory](const StatusJob &job) {
                            if (!m_workspace || m_workspace->project.directory != dir)
                                return; // another project was opened meanwhile
                            m_source = job.source;
                            m_status = job.status;
                            m_folderReadAt = since;
                            m_model->setStatus(job.status);
                            rebindEditors();
                            for (const FolderProblem &p : job.source.problems)
                                m_log->log(p.message.text());
                            const int found = int(job.status.size());
                            m_log->log(pluralText(tr("%n migration(s) in %1, none run: no database is connected",
                                                     nullptr, found),
                                                  found)
                                           .arg(m_workspace->project.migrationsDir));
                            statusBar()->showMessage(m_notConnected);
                            restoreOpenTabs();
                            if (!m_openWhenRefreshed.isEmpty())
                                openMigration(std::exchange(m_openWhenRefreshed, QString()));
                            Q_EMIT statusRefreshed();
                        });
}

bool MainWindow::newProject(const QString &directory, Format format)
{
    if (const QString error = createProject(directory, format); !error.isEmpty()) {
        tell(error);
        return false;
    }
    m_log->log(tr("created %1/godwit.json and %1/migrations").arg(QDir(directory).absolutePath()));
    openProject(directory);
    return true;
}

void MainWindow::dropWaitingJob(const QString &why)
{
    if (!m_startWhenIdle)
        return;
    tell(tr("%1 was waiting and is not run: %2").arg(m_waitingJob, why));
    m_startWhenIdle = {};
    m_waitingJob.clear();
}

void MainWindow::switchProfile(const QString &name)
{
    if (!m_workspace)
        return;
    const Profile *profile = m_workspace->project.profile(name);
    if (!profile) {
        m_log->log(tr("no profile \"%1\" in %2/godwit.json").arg(name, m_workspace->project.directory));
        return;
    }
    const ConnectionSpecParse spec = connectionFromProfile(*profile, m_workspace->project.directory);
    if (!spec.spec) {
        m_log->log(spec.error);
        return;
    }
    if (m_preview->hasReport() && m_preview->origin().profile != name)
        m_preview->markOutOfDate(tr("the window now works on %1; this ran on %2").arg(name, m_preview->origin().profile));
    if (name != m_profile)
        dropWaitingJob(tr("the window now works on %1").arg(name));
    m_profile = name;
    m_profiles->setCurrentText(name);
    m_workspace->target = *spec.spec;
    m_workspace->connect = {};
    m_workspace->connect.busyTimeoutMs = m_workspace->project.busyTimeoutMs;
    // The project's settings first; the window's defaults where it has none.
    m_workspace->connect.lockTimeout =
        m_workspace->project.lockTimeout.isEmpty() ? m_settings.lockTimeout : m_workspace->project.lockTimeout;
    m_workspace->connect.statementTimeout = m_workspace->project.statementTimeout.isEmpty()
                                                ? m_settings.statementTimeout
                                                : m_workspace->project.statementTimeout;
    m_workspace->connect.schema = m_workspace->project.schema;
    m_workspace->connect.historySchema = m_workspace->project.schema;
    // The strictest that names this database: a profile pointing at production's database
    // is production, whatever its own tag says.
    m_targetEnvironment = targetEnvironment(m_workspace->project, m_workspace->target);
    m_askedPassword = false;
    const QColor color = environmentColor(m_targetEnvironment.environment);
    m_environment->setText(environmentId(m_targetEnvironment.environment));
    m_environment->setStyleSheet(u"color: %1; font-weight: bold; border-radius: 3px; background: %2;"_s.arg(
        textOn(color).name(), color.name()));
    m_targetLabel->setText(m_workspace->target.display());
    m_deployment->open(m_workspace->project.directory, name);
    if (m_deployment->current())
        findChild<QDockWidget *>(u"checklistDock"_s)->show();
    updateTitle();
    if (m_workspace->target.dialect == Dialect::SQLite) {
        refresh();
        return;
    }
    // The password comes from the keychain (or this session) before anything connects.
    m_secrets->read(SecretStore::keyFor(m_workspace->project.directory, name), [this, name](std::optional<QString> secret) {
        if (!m_workspace || m_profile != name)
            return;
        m_workspace->connect.password = secret.value_or(QString());
        refresh();
    });
}

void MainWindow::askPassword(const QString &why)
{
    m_askedPassword = true;
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Password for %1").arg(m_profile),
                                                   tr("%1\n\nPassword for %2 (kept for this session):")
                                                       .arg(why, m_workspace->target.display()),
                                                   QLineEdit::Password, {}, &ok);
    if (!ok || password.isEmpty())
        return;
    m_secrets->remember(SecretStore::keyFor(m_workspace->project.directory, m_profile), password);
    m_workspace->connect.password = password;
    refresh();
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_workspace ? tr("%1 — %2 — Godwit").arg(QFileInfo(m_workspace->project.directory).fileName(), m_profile)
                               : tr("Godwit"));
}

void MainWindow::refresh()
{
    if (!m_workspace)
        return;
    if (m_cancel) { // a job runs: read once it is done, for what changed meanwhile
        m_refreshWhenIdle = true;
        return;
    }
    if (!hasTarget()) {
        readFolder();
        return;
    }
    const Workspace workspace = *m_workspace;
    startJob<StatusJob>(tr("reading %1").arg(workspace.target.display()),
                        [workspace](CancelToken &, const JobProgress &) { return readStatusJob(workspace); },
                        [this, since = QDateTime::currentDateTime(), dir = workspace.project.directory,
                         profile = m_profile](const StatusJob &job) {
                            if (!m_workspace || m_workspace->project.directory != dir || m_profile != profile)
                                return; // another project or profile was opened meanwhile
                            m_folderReadAt = since;
                            statusArrived(job);
                        });
}

void MainWindow::statusArrived(const StatusJob &job)
{
    if (!job.error.isEmpty()) {
        tell(job.error.text());
        // A server that wants a password it was not given: ask once, as psql does.
        if (!m_askedPassword && m_workspace->connect.password.isEmpty() && job.needsPassword)
            askPassword(job.error.text());
        return;
    }
    m_source = job.source;
    m_status = job.status;
    m_model->setStatus(job.status);
    rebindEditors();
    const QString current = currentVersion(job.status);
    m_revisionLabel->setText(tr("revision %1").arg(current.isEmpty() ? tr("none") : current));
    m_pendingLabel->setText(tr("%1 pending").arg(m_model->count(MigrationTreeModel::Pending)));
    for (const FolderProblem &p : job.source.problems)
        m_log->log(p.message.text());
    m_schemaNames.clear();
    if (job.snapshot) {
        for (const Table &t : job.snapshot->tables) {
            m_schemaNames << t.name;
            for (const Column &c : t.columns)
                m_schemaNames << t.name + u'.' + c.name;
        }
    }
    for (MigrationEditor *editor : openEditors()) {
        editor->up()->setSchemaNames(m_schemaNames);
        editor->down()->setSchemaNames(m_schemaNames);
    }
    statusBar()->showMessage(tr("%1: %2 applied, %3 pending, %4 with problems")
                                 .arg(m_workspace->target.display())
                                 .arg(m_model->count(MigrationTreeModel::Applied))
                                 .arg(m_model->count(MigrationTreeModel::Pending))
                                 .arg(m_model->count(MigrationTreeModel::Problems)),
                             8000);
    showPeers(job.peers);
    m_findings = job.findings;
    m_lintConfig = job.lintConfig;
    if (!job.lintError.isEmpty())
        m_log->log(job.lintError);
    m_model->setFindings(m_findings);
    m_problems->setFindings(m_findings);
    for (MigrationEditor *editor : openEditors()) {
        showFindings(editor);
        if (editor->up()->isModified())
            lintAsTyped(editor); // unsaved edits keep the findings of what they hold
    }
    bindDeployment();
    restoreOpenTabs();
    if (!m_openWhenRefreshed.isEmpty())
        openMigration(std::exchange(m_openWhenRefreshed, QString()));
    Q_EMIT statusRefreshed();
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applySettings(dialog.settings());
    m_settings.save();
    if (m_workspace)
        switchProfile(m_profile); // the timeouts reach the session
}

void MainWindow::applySettings(const AppSettings &settings)
{
    m_settings = settings;
    m_deployment->setSigner(settings.signerName);
    applyTheme(settings.theme);
    for (MigrationEditor *editor : openEditors()) {
        editor->up()->setAppearance(settings.editorFont, darkPalette());
        editor->down()->setAppearance(settings.editorFont, darkPalette());
    }
    m_preview->restyle();
}

void MainWindow::newMigration()
{
    if (!m_workspace)
        return;
    NewMigrationDialog dialog(m_source, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_log->log(tr("created %1").arg(dialog.files().join(u", "_s)));
    const auto version = Version::parse(dialog.version());
    m_openWhenRefreshed = version ? version->canonical() : dialog.version();
    refresh();
}

void MainWindow::editProfiles()
{
    if (!m_workspace)
        return;
    ProfilesDialog dialog(m_workspace->project, m_secrets, this);
    if (dialog.exec() == QDialog::Accepted)
        openProject(m_workspace->project.directory,
                    m_workspace->project.profiles.contains(m_profile) ? m_profile : dialog.defaultProfile());
}

void MainWindow::addRecent(const QString &directory)
{
    QSettings settings;
    QStringList recent = settings.value(u"recentProjects"_s).toStringList();
    recent.removeAll(directory);
    recent.prepend(directory);
    settings.setValue(u"recentProjects"_s, recent.mid(0, maxRecent));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(u"recentProjects"_s).toStringList();
    for (const QString &dir : recent)
        m_recentMenu->addAction(dir, this, [this, dir] { openProject(dir); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace godwit
