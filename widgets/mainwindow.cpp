#include "mainwindow.h"
#include "mainwindowjob_p.h"

#include "checklistpanel.h"
#include "confirmdialog.h"
#include "logpanel.h"
#include "migrationeditor.h"
#include "migrationspanel.h"
#include "newmigrationdialog.h"
#include "profilesdialog.h"
#include "previewpanel.h"
#include "problemspanel.h"
#include "secretstore.h"
#include "settingsdialog.h"
#include "sqleditor.h"
#include "statuscolors.h"

#include "items/migrationtreemodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPromise>
#include <QScopeGuard>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

constexpr int maxRecent = 8;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new MigrationTreeModel(this))
    , m_migrations(new MigrationsPanel(m_model, this))
    , m_preview(new PreviewPanel(this))
    , m_log(new LogPanel(this))
    , m_checklist(new ChecklistPanel(this))
    , m_problems(new ProblemsPanel(this))
    , m_editors(new QTabWidget(this))
    , m_profiles(new QComboBox(this))
    , m_environment(new QLabel(this))
    , m_secrets(new SecretStore(this))
    , m_targetLabel(new QLabel(this))
    , m_revisionLabel(new QLabel(this))
    , m_pendingLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(u"godwitMainWindow"_s);
    setAcceptDrops(true);
    m_editors->setTabsClosable(true);
    m_editors->setDocumentMode(true);
    m_editors->setMovable(true);
    setCentralWidget(m_editors);
    connect(m_editors, &QTabWidget::tabCloseRequested, this, [this](int index) {
        auto *editor = qobject_cast<MigrationEditor *>(m_editors->widget(index));
        if (editor && editor->isModified()) {
            const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                                      tr("Save the changes to %1?").arg(editor->title()),
                                                      QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
            QString error;
            if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !editor->save(&error)))
                return;
        }
        m_editors->removeTab(index);
        if (editor)
            editor->deleteLater();
    });
    createActions();
    createDocks();

    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_targetLabel);
    statusBar()->addPermanentWidget(m_revisionLabel);
    statusBar()->addPermanentWidget(m_pendingLabel);
    statusBar()->addPermanentWidget(m_progress);

    connect(m_migrations, &MigrationsPanel::openRequested, this, &MainWindow::openMigration);
    connect(m_migrations, &MigrationsPanel::dryRunToRequested, this, [this](const QString &key) { dryRun(key); });
    connect(m_migrations, &MigrationsPanel::applyToRequested, this, [this](const QString &key) { apply(key); });
    connect(m_migrations, &MigrationsPanel::rollBackToRequested, this, [this](const QString &key) { rollBack(key); });
    connect(m_preview, &PreviewPanel::locationActivated, this, &MainWindow::goTo);
    connect(m_problems, &ProblemsPanel::locationActivated, this, &MainWindow::goTo);

    connect(m_checklist, &ChecklistPanel::startRequested, this, &MainWindow::askStartDeployment);
    connect(m_checklist, &ChecklistPanel::checksRequested, this, &MainWindow::runChecks);
    connect(m_checklist, &ChecklistPanel::applyRequested, this, &MainWindow::applyDeployment);
    connect(m_checklist, &ChecklistPanel::currentChanged, this, &MainWindow::updateGate);
    connect(m_checklist, &ChecklistPanel::message, m_log, &LogPanel::log);

    m_settings = AppSettings::load();
    m_checklist->setSigner(m_settings.signerName);
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    rebuildRecentMenu();
    setIdle();
    updateTitle();
}

MainWindow::~MainWindow()
{
    if (m_cancel)
        m_cancel->cancel();
    m_running.waitForFinished(); // cancelled: it ends at once, and posts nothing to a dead window
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_open = file->addAction(tr("&Open project…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a project folder"), projectDirectory());
        if (!dir.isEmpty())
            openProject(dir);
    });
    m_open->setShortcut(QKeySequence::Open);
    m_open->setToolTip(tr("Open a folder with a godwit.json or migration files (Ctrl+O)"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_newMigration = file->addAction(tr("&New migration…"), this, &MainWindow::newMigration);
    m_newMigration->setShortcut(QKeySequence::New);
    m_newMigration->setToolTip(tr("Create the next migration's up and down files in the folder's format (Ctrl+N)"));
    m_profilesAction = file->addAction(tr("Connection &profiles…"), this, &MainWindow::editProfiles);
    m_profilesAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    m_profilesAction->setToolTip(tr("Add, edit or remove the project's connection profiles (Ctrl+Shift+P)"));
    m_save = file->addAction(tr("&Save migration"), this, [this] {
        if (MigrationEditor *editor = currentEditor()) {
            QString error;
            if (!editor->save(&error))
                QMessageBox::warning(this, tr("Cannot save"), error);
        }
    });
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Write the open migration's up and down scripts (Ctrl+S)"));
    file->addSeparator();
    m_settingsAction = file->addAction(tr("Se&ttings…"), this, &MainWindow::editSettings);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setToolTip(tr("Editor font, theme, dry-run and timeout defaults"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setToolTip(tr("Close Godwit (Ctrl+Q)"));

    QMenu *migrations = menuBar()->addMenu(tr("&Migrations"));
    m_refresh = migrations->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Read the folder and the target's history again (F5)"));
    m_dryRun = migrations->addAction(tr("&Dry run"), this, [this] { dryRun(); });
    m_dryRun->setShortcut(Qt::Key_F6);
    m_dryRun->setToolTip(tr("Run the pending migrations without changing the target, and preview the schema diff (F6)"));
    m_apply = migrations->addAction(tr("&Apply"), this, [this] { apply(); });
    m_apply->setShortcut(Qt::Key_F7);
    m_apply->setToolTip(tr("Apply the pending migrations to the target (F7)"));
    m_rollBack = migrations->addAction(tr("Roll &back"), this, [this] { rollBack(); });
    m_rollBack->setShortcut(Qt::Key_F8);
    m_rollBack->setToolTip(tr("Roll back the newest applied migration (F8)"));
    m_cancelAction = migrations->addAction(tr("&Cancel"), this, [this] {
        if (m_cancel) {
            m_log->log(tr("cancelling…"));
            m_cancel->cancel();
        }
    });
    m_cancelAction->setShortcut(Qt::Key_Escape);
    m_cancelAction->setToolTip(tr("Stop the running operation; the statement running now is interrupted (Esc)"));

    QMenu *deployment = menuBar()->addMenu(tr("&Deployment"));
    m_startDeployment = deployment->addAction(tr("&Start deployment…"), this, &MainWindow::askStartDeployment);
    m_startDeployment->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    m_startDeployment->setToolTip(tr("Start a deployment of the pending migrations to this profile, with the project's "
                                     "checklist: backup, staging dry run, reversibility, review (Ctrl+Shift+D)"));
    m_runChecks = deployment->addAction(tr("&Run checks"), this, [this] { runChecks({}); });
    m_runChecks->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
    m_runChecks->setToolTip(tr("Run the deployment's automatic items that are not done yet (Ctrl+Shift+K)"));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_profiles->setToolTip(tr("The connection profile the window works on"));
    m_profiles->setMinimumContentsLength(12);
    connect(m_profiles, &QComboBox::textActivated, this, &MainWindow::switchProfile);
    bar->addWidget(m_profiles);
    m_environment->setMargin(4);
    m_environment->setToolTip(tr("The profile's environment"));
    bar->addWidget(m_environment);
    bar->addSeparator();
    bar->addActions({m_refresh, m_dryRun, m_apply, m_rollBack, m_cancelAction});
    bar->addSeparator();
    bar->addActions({m_startDeployment, m_runChecks});
}

void MainWindow::createDocks()
{
    auto dock = [this](const QString &title, const QString &name, QWidget *content, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(content);
        addDockWidget(area, d);
        return d;
    };
    QDockWidget *migrations = dock(tr("Migrations"), u"migrationsDock"_s, m_migrations, Qt::LeftDockWidgetArea);
    QDockWidget *preview = dock(tr("Preview"), u"previewDock"_s, m_preview, Qt::BottomDockWidgetArea);
    QDockWidget *log = dock(tr("Log"), u"logDock"_s, m_log, Qt::BottomDockWidgetArea);
    QDockWidget *checklist = dock(tr("Checklist"), u"checklistDock"_s, m_checklist, Qt::RightDockWidgetArea);
    QDockWidget *problems = dock(tr("Problems"), u"problemsDock"_s, m_problems, Qt::BottomDockWidgetArea);
    tabifyDockWidget(preview, problems);
    tabifyDockWidget(preview, log);
    preview->raise();
    resizeDocks({migrations, checklist}, {560, 620}, Qt::Horizontal);
    // Out of the editors' way until there is a deployment (Alt+4 shows it).
    checklist->hide();
    resizeDocks({preview}, {260}, Qt::Vertical);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    int key = Qt::Key_1;
    for (QDockWidget *d : {migrations, preview, log, checklist, problems}) {
        QAction *toggle = d->toggleViewAction();
        toggle->setShortcut(Qt::ALT | Qt::Key(key++));
        toggle->setToolTip(tr("Show or hide the %1 dock (%2)").arg(d->windowTitle(), toggle->shortcut().toString()));
        view->addAction(toggle);
    }
    QAction *filter = view->addAction(tr("&Filter migrations"), this, [this] { m_migrations->filter()->setFocus(); });
    filter->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F); // Ctrl+F finds in the editor
    filter->setToolTip(tr("Filter the migrations tree (Ctrl+Shift+F)"));
}

bool MainWindow::openProject(const QString &directory, const QString &profile)
{
    const ProjectLoad load = loadProject(directory);
    if (!load.project) {
        m_log->log(load.error);
        statusBar()->showMessage(load.error);
        return false;
    }
    m_editors->clear();
    m_workspace = Workspace{*load.project, {}, {}};
    m_profiles->clear();
    m_profiles->addItems(load.project->profiles.keys());
    addRecent(load.project->directory);
    const QString name = profile.isEmpty() ? load.project->defaultProfile : profile;
    if (!load.project->profile(name)) {
        const QString why = name.isEmpty() ? tr("%1: godwit.json names no defaultProfile; choose a profile")
                                                 .arg(load.project->directory)
                                           : tr("no profile \"%1\" in %2/godwit.json").arg(name, load.project->directory);
        m_log->log(why);
        statusBar()->showMessage(why);
        updateTitle();
        return false;
    }
    switchProfile(name);
    return true;
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
    m_environment->setStyleSheet(u"color: white; font-weight: bold; border-radius: 3px; background: %1;"_s.arg(color.name()));
    m_targetLabel->setText(m_workspace->target.display());
    m_checklist->setProject(m_workspace->project.directory, name);
    m_checklist->setCurrent(currentDeployment(m_workspace->project.directory, name));
    if (m_checklist->current())
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
    const Workspace workspace = *m_workspace;
    startJob<StatusJob>(tr("reading %1").arg(workspace.target.display()),
                        [workspace](CancelToken &, const JobProgress &) { return readStatusJob(workspace); },
                        [this](const StatusJob &job) { statusArrived(job); });
}

void MainWindow::statusArrived(const StatusJob &job)
{
    if (!job.error.isEmpty()) {
        m_log->log(job.error);
        statusBar()->showMessage(job.error);
        // A server that wants a password it was not given: ask once, as psql does.
        if (!m_askedPassword && m_workspace->connect.password.isEmpty() && job.error.contains(u"password"_s))
            askPassword(job.error);
        return;
    }
    m_source = job.source;
    m_status = job.status;
    m_model->setStatus(job.status);
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
    for (int i = 0; i < m_editors->count(); ++i) {
        if (auto *editor = qobject_cast<MigrationEditor *>(m_editors->widget(i))) {
            editor->up()->setSchemaNames(m_schemaNames);
            editor->down()->setSchemaNames(m_schemaNames);
        }
    }
    statusBar()->showMessage(tr("%1: %2 applied, %3 pending, %4 with problems")
                                 .arg(m_workspace->target.display())
                                 .arg(m_model->count(MigrationTreeModel::Applied))
                                 .arg(m_model->count(MigrationTreeModel::Pending))
                                 .arg(m_model->count(MigrationTreeModel::Problems)),
                             8000);
    m_findings = job.findings;
    if (!job.lintError.isEmpty())
        m_log->log(job.lintError);
    m_model->setFindings(m_findings);
    m_problems->setFindings(m_findings);
    for (int i = 0; i < m_editors->count(); ++i) {
        if (auto *editor = qobject_cast<MigrationEditor *>(m_editors->widget(i)))
            showFindings(editor);
    }
    bindDeployment();
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
    m_checklist->setSigner(settings.signerName);
    applyTheme(settings.theme);
    for (int i = 0; i < m_editors->count(); ++i) {
        if (auto *editor = qobject_cast<MigrationEditor *>(m_editors->widget(i))) {
            editor->up()->setAppearance(settings.editorFont, darkPalette());
            editor->down()->setAppearance(settings.editorFont, darkPalette());
        }
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
        openProject(m_workspace->project.directory, m_workspace->project.profiles.contains(m_profile) ? m_profile : QString());
}

MigrationEditor *MainWindow::openMigration(const QString &key)
{
    for (int i = 0; i < m_editors->count(); ++i) {
        auto *editor = qobject_cast<MigrationEditor *>(m_editors->widget(i));
        if (editor && editor->key() == key) {
            m_editors->setCurrentIndex(i);
            return editor;
        }
    }
    for (const StatusEntry &e : std::as_const(m_status)) {
        if (e.key() != key || !e.migration)
            continue;
        auto *editor = new MigrationEditor(*e.migration, m_workspace->target.dialect, m_editors);
        for (SqlEditor *sql : {editor->up(), editor->down()}) {
            sql->setSchemaNames(m_schemaNames);
            sql->setAppearance(m_settings.editorFont, darkPalette());
        }
        showFindings(editor);
        const int index = m_editors->addTab(editor, editor->title());
        m_editors->setTabToolTip(index, e.migration->description);
        connect(editor, &MigrationEditor::modificationChanged, this, [this, editor] {
            m_editors->setTabText(m_editors->indexOf(editor), editor->title());
        });
        connect(editor, &MigrationEditor::saved, this, [this] {
            if (!m_savingForRun) // a run saves first, and refreshes when it ends
                refresh();
        });
        m_editors->setCurrentIndex(index);
        return editor;
    }
    return nullptr;
}

void MainWindow::showFindings(MigrationEditor *editor)
{
    const Migration &m = editor->migration();
    QList<Finding> up;
    for (const Finding &f : std::as_const(m_findings)) {
        if (m.up && f.location.file == m.up->path)
            up << f;
    }
    editor->up()->setFindings(up);
}

void MainWindow::goTo(const QString &file, int line)
{
    for (const StatusEntry &e : std::as_const(m_status)) {
        if (e.migration && ((e.migration->up && e.migration->up->path == file)
                            || (e.migration->down && e.migration->down->path == file))) {
            if (MigrationEditor *editor = openMigration(e.key())) {
                SqlEditor *sql = editor->editorFor(file);
                sql->setCursorPosition(std::max(0, line - 1), 0);
                sql->setFocus();
            }
            return;
        }
    }
}

MigrationEditor *MainWindow::currentEditor() const
{
    return qobject_cast<MigrationEditor *>(m_editors->currentWidget());
}

void MainWindow::showFailure(const QString &file, int line, const QString &message)
{
    for (const StatusEntry &e : std::as_const(m_status)) {
        if (!e.migration)
            continue;
        const bool up = e.migration->up && e.migration->up->path == file;
        const bool down = e.migration->down && e.migration->down->path == file;
        if (!up && !down)
            continue;
        if (MigrationEditor *editor = openMigration(e.key())) {
            SqlEditor *sql = editor->editorFor(file);
            sql->clearMarkers();
            // The editor shows which file it is: the message needs no folder.
            sql->markFailure(line, QString(message).remove(QFileInfo(file).absolutePath() + u'/'));
            sql->setCursorPosition(line - 1, 0);
        }
        return;
    }
}

void MainWindow::dryRun(std::optional<QString> to)
{
    if (!m_workspace || !saveAll())
        return;
    const Workspace workspace = *m_workspace;
    const PlanRequest request{Direction::Up, to};
    const DryRunMethod method = m_settings.dryRunMethod;
    startJob<DryRunJob>(
        tr("dry run on %1").arg(workspace.target.display()),
        [workspace, request, method](CancelToken &cancel, const JobProgress &progress) {
            return runDryRunJob(workspace, request, method, false, cancel, progress);
        },
        [this](const DryRunJob &job) {
            if (!job.error.isEmpty()) {
                m_log->log(job.error);
                statusBar()->showMessage(job.error);
                return;
            }
            m_preview->setReport(job.report);
            if (auto *dock = findChild<QDockWidget *>(u"previewDock"_s))
                dock->raise();
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
            m_log->log(outcome);
            statusBar()->showMessage(outcome);
            for (const StepRun &step : job.report.up) {
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
        const std::optional<Deployment> &d = m_checklist->current();
        if (to && (!d || d->targetVersion() != *to)) {
            const QString why = tr("On production, Apply runs a deployment's plan: start one to %1 "
                                   "(Deployment › Start deployment) and complete its checklist")
                                    .arg(*to);
            m_log->log(why);
            statusBar()->showMessage(why);
            return;
        }
        applyDeployment();
        return;
    }
    confirmThen(tr("Apply"), PlanRequest{Direction::Up, to});
}

void MainWindow::confirmThen(const QString &action, const PlanRequest &request, const std::function<void()> &run)
{
    if (!m_workspace || !saveAll())
        return;
    const auto go = [this, action, request, run] {
        if (run)
            run();
        else
            execute(action, request);
    };
    if (!m_targetEnvironment.production()) {
        go();
        return;
    }
    const Workspace workspace = *m_workspace;
    startJob<DryRunJob>(
        tr("dry run before: %1 on %2").arg(action, workspace.target.display()),
        [workspace, request](CancelToken &cancel, const JobProgress &progress) {
            return runDryRunJob(workspace, request, DryRunMethod::Auto, false, cancel, progress);
        },
        [this, action, go](const DryRunJob &job) {
            if (!job.error.isEmpty()) {
                m_log->log(job.error);
                statusBar()->showMessage(job.error);
                return;
            }
            m_preview->setReport(job.report);
            QList<Finding> findings;
            for (const PlanStep &step : job.plan.steps) {
                for (const Finding &f : std::as_const(m_findings)) {
                    if (step.direction == Direction::Up && step.migration.up && f.location.file == step.migration.up->path)
                        findings << f;
                }
            }
            ConfirmDialog confirm(action, m_profile, job.report, findings, this);
            if (confirm.exec() == QDialog::Accepted)
                go();
            else
                m_log->log(tr("%1 not confirmed: nothing was run").arg(action));
        });
}

void MainWindow::execute(const QString &action, const PlanRequest &request, const std::optional<AuditEntry> &passage)
{
    const Workspace workspace = *m_workspace;
    startJob<ApplyJob>(
        tr("%1 on %2").arg(action, workspace.target.display()),
        [workspace, request, passage](CancelToken &cancel, const JobProgress &progress) {
            return runApplyJob(workspace, request, cancel, progress, {}, passage);
        },
        [this](const ApplyJob &job) {
            if (!job.error.isEmpty()) {
                m_log->log(job.error);
                statusBar()->showMessage(job.error);
            }
            for (const QString &line : job.log)
                m_log->log(line);
            refresh();
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

bool MainWindow::saveAll()
{
    m_savingForRun = true;
    const auto done = qScopeGuard([this] { m_savingForRun = false; });
    for (int i = 0; i < m_editors->count(); ++i) {
        auto *editor = qobject_cast<MigrationEditor *>(m_editors->widget(i));
        QString error;
        if (editor && editor->isModified() && !editor->save(&error)) {
            QMessageBox::warning(this, tr("Cannot save"), error);
            return false;
        }
    }
    return true;
}

void MainWindow::setBusy(const QString &what)
{
    for (QAction *a : {m_refresh, m_dryRun, m_apply, m_rollBack, m_open, m_newMigration, m_profilesAction, m_settingsAction,
                       m_startDeployment, m_runChecks})
        a->setEnabled(false);
    m_checklist->setBusy(true);
    m_profiles->setEnabled(false);
    m_cancelAction->setEnabled(true);
    m_progress->setRange(0, 0);
    m_progress->show();
    statusBar()->showMessage(what);
}

void MainWindow::setIdle()
{
    for (QAction *a : {m_refresh, m_dryRun, m_apply, m_rollBack, m_newMigration, m_profilesAction, m_startDeployment})
        a->setEnabled(m_workspace.has_value());
    m_checklist->setBusy(false);
    updateGate();
    m_open->setEnabled(true);
    m_settingsAction->setEnabled(true);
    m_profiles->setEnabled(true);
    m_cancelAction->setEnabled(false);
    m_progress->hide();
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (int i = 0; i < m_editors->count(); ++i) {
        auto *editor = qobject_cast<MigrationEditor *>(m_editors->widget(i));
        if (!editor || !editor->isModified())
            continue;
        const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                                  tr("Save the changes to %1 before closing?").arg(editor->title()),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        QString error;
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !editor->save(&error))) {
            event->ignore();
            return;
        }
    }
    if (m_cancel)
        m_cancel->cancel();
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && QFileInfo(urls.first().toLocalFile()).isDir())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    openProject(event->mimeData()->urls().first().toLocalFile());
}

} // namespace godwit
