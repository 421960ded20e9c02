// The window itself: its construction, the menus, the toolbar and the docks, the busy and
// idle states of the actions, closing, and a project folder dropped on it.
#include "mainwindow.h"

#include "checklistpanel.h"
#include "logpanel.h"
#include "migrationeditor.h"
#include "migrationspanel.h"
#include "previewpanel.h"
#include "problemspanel.h"
#include "secretstore.h"

#include "items/migrationtreemodel.h"
#include "migrations/newmigration.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace godwit {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new MigrationTreeModel(this))
    , m_migrations(new MigrationsPanel(m_model, this))
    , m_preview(new PreviewPanel(this))
    , m_log(new LogPanel(this))
    , m_deployment(new DeploymentSession(this))
    , m_checklist(new ChecklistPanel(m_deployment, this))
    , m_problems(new ProblemsPanel(this))
    , m_editors(new QTabWidget(this))
    , m_profiles(new QComboBox(this))
    , m_environment(new QLabel(this))
    , m_secrets(new SecretStore(this))
    , m_targetLabel(new QLabel(this))
    , m_revisionLabel(new QLabel(this))
    , m_pendingLabel(new QLabel(this))
    , m_historyLabel(new QLabel(this))
    , m_adoptButton(new QPushButton(tr("Adopt…"), this))
    , m_connectButton(new QPushButton(tr("Connect…"), this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(u"godwitMainWindow"_s);
    setAcceptDrops(true);
    m_editors->setObjectName(u"editors"_s);
    m_editors->setTabsClosable(true);
    m_editors->setDocumentMode(true);
    m_editors->setMovable(true);
    setCentralWidget(m_editors);
    connect(m_editors, &QTabWidget::tabCloseRequested, this, &MainWindow::closeEditor);
    createActions();
    createDocks();
    createHelpMenu();

    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_targetLabel);
    statusBar()->addPermanentWidget(m_revisionLabel);
    statusBar()->addPermanentWidget(m_pendingLabel);
    statusBar()->addPermanentWidget(m_historyLabel);
    statusBar()->addPermanentWidget(m_adoptButton);
    m_historyLabel->hide();
    m_adoptButton->hide();
    m_adoptButton->setObjectName(u"adoptButton"_s);
    connect(m_adoptButton, &QPushButton::clicked, this, &MainWindow::adoptFound);
    statusBar()->addPermanentWidget(m_connectButton);
    m_connectButton->hide();
    m_connectButton->setObjectName(u"connectButton"_s);
    m_connectButton->setToolTip(tr("Choose the database this project's migrations run on: a SQLite file or a server "
                                   "(Ctrl+Shift+P)"));
    connect(m_connectButton, &QPushButton::clicked, this, &MainWindow::editProfiles);
    statusBar()->addPermanentWidget(m_progress);

    connect(m_migrations, &MigrationsPanel::openRequested, this, &MainWindow::openMigration);
    connect(m_migrations, &MigrationsPanel::dryRunToRequested, this, [this](const QString &key) { dryRun(key); });
    connect(m_migrations, &MigrationsPanel::applyToRequested, this, [this](const QString &key) { apply(key); });
    connect(m_migrations, &MigrationsPanel::rollBackToRequested, this, [this](const QString &key) { rollBack(key); });
    connect(m_migrations, &MigrationsPanel::markAppliedToRequested, this, &MainWindow::markAppliedTo);
    connect(m_preview, &PreviewPanel::locationActivated, this, &MainWindow::goTo);
    connect(m_problems, &ProblemsPanel::locationActivated, this, &MainWindow::goTo);

    connect(m_checklist, &ChecklistPanel::startRequested, this, &MainWindow::askStartDeployment);
    connect(m_checklist, &ChecklistPanel::checksRequested, this, &MainWindow::runChecks);
    connect(m_checklist, &ChecklistPanel::applyRequested, this, &MainWindow::applyDeployment);
    connect(m_deployment, &DeploymentSession::changed, this, &MainWindow::updateGate);
    connect(m_checklist, &ChecklistPanel::message, this, &MainWindow::tell);

    m_settings = AppSettings::load();
    m_deployment->setSigner(m_settings.signerName);
    restoreLayout();
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
    m_newProject = file->addAction(tr("New pro&ject…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of the new project"), projectDirectory());
        if (dir.isEmpty())
            return;
        const QList<Format> writable = writableFormats();
        QStringList formats;
        for (Format f : writable)
            formats << formatDescription(f).text();
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("New project"),
                                                     tr("How its migration files are named:"), formats, 0, false, &ok);
        if (ok)
            newProject(dir, writable.value(formats.indexOf(chosen)));
    });
    m_newProject->setToolTip(tr("Create a project in a folder: its migrations folder and a godwit.json"));
    m_newMigration = file->addAction(tr("&New migration…"), this, &MainWindow::newMigration);
    m_newMigration->setShortcut(QKeySequence::New);
    m_newMigration->setToolTip(tr("Create the next migration's up and down files in the folder's format (Ctrl+N)"));
    m_profilesAction = file->addAction(tr("Connection &profiles…"), this, &MainWindow::editProfiles);
    m_profilesAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    m_profilesAction->setToolTip(tr("Add, edit or remove the project's connection profiles (Ctrl+Shift+P)"));
    m_save = file->addAction(tr("&Save migration"), this, [this] {
        if (MigrationEditor *editor = currentEditor())
            saveEditor(editor);
    });
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Write the open migration's up and down scripts (Ctrl+S)"));
    QAction *closeTab = file->addAction(tr("&Close migration"), this, [this] {
        if (m_editors->currentIndex() >= 0)
            closeEditor(m_editors->currentIndex());
    });
    closeTab->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::CTRL | Qt::Key_F4)});
    closeTab->setToolTip(tr("Close the open migration's tab, asking about unsaved edits (Ctrl+W)"));
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
    m_dryRunReversible = migrations->addAction(tr("Dry run with r&ound trips"), this, [this] { dryRun({}, true); });
    m_dryRunReversible->setShortcut(Qt::SHIFT | Qt::Key_F6);
    m_dryRunReversible->setToolTip(tr("Dry run that also runs each migration's down right after its up, compares the "
                                      "schema and rows with before, and runs the up again (Shift+F6)"));
    m_apply = migrations->addAction(tr("&Apply"), this, [this] { apply(); });
    m_apply->setShortcut(Qt::Key_F7);
    m_apply->setToolTip(tr("Apply the pending migrations to the target (F7)"));
    m_rollBack = migrations->addAction(tr("Roll &back"), this, [this] { rollBack(); });
    m_rollBack->setShortcut(Qt::Key_F8);
    m_rollBack->setToolTip(tr("Roll back the newest applied migration (F8)"));
    m_cancelAction = migrations->addAction(tr("&Cancel"), this, [this] {
        if (m_cancel) {
            dropWaitingJob(tr("cancelled"));
            m_log->log(tr("cancelling…"));
            m_cancel->cancel();
        }
    });
    m_cancelAction->setShortcut(Qt::Key_Escape);
    m_cancelAction->setToolTip(tr("Stop the running operation; the statement running now is interrupted (Esc)"));

    createEditMenu(migrations);
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
        // A dock behind another's tab is brought to the front, not hidden: the key shows it.
        auto *toggle = new QAction(d->windowTitle(), this);
        toggle->setObjectName(d->objectName() + u"Toggle"_s);
        toggle->setCheckable(true);
        toggle->setShortcut(Qt::ALT | Qt::Key(key++));
        toggle->setToolTip(tr("Show the %1 dock, or hide it when it is in front (%2)")
                               .arg(d->windowTitle(), toggle->shortcut().toString()));
        connect(toggle, &QAction::triggered, this, [d, toggle] {
            const bool inFront = d->isVisible() && !d->visibleRegion().isEmpty();
            if (inFront) {
                d->hide();
            } else {
                d->show();
                d->raise();
            }
            toggle->setChecked(!d->isHidden());
        });
        connect(d, &QDockWidget::visibilityChanged, toggle, [d, toggle] { toggle->setChecked(!d->isHidden()); });
        toggle->setChecked(!d->isHidden());
        view->addAction(toggle);
    }
    // When the dock is shown, not each time it is uncovered (a tab, a restored window): a
    // width the person chose stays.
    connect(checklist->toggleViewAction(), &QAction::toggled, this, [this](bool shown) {
        if (shown)
            QTimer::singleShot(0, this, &MainWindow::leaveEditorsRoom);
    });
    view->addSeparator();
    QAction *reset = view->addAction(tr("&Reset layout"), this, &MainWindow::resetLayout);
    reset->setToolTip(tr("Put the docks back where they were at the first start, sized to the window"));
    view->addSeparator();
    QAction *filter = view->addAction(tr("&Filter migrations"), this, [this] { m_migrations->filter()->setFocus(); });
    filter->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F); // Ctrl+F finds in the editor
    filter->setToolTip(tr("Filter the migrations tree (Ctrl+Shift+F)"));
}

void MainWindow::setBusy(const QString &what)
{
    for (QAction *a : {m_refresh, m_dryRun, m_dryRunReversible, m_apply, m_rollBack, m_open, m_newMigration,
                       m_profilesAction, m_newProject, m_settingsAction, m_startDeployment, m_runChecks})
        a->setEnabled(false);
    m_checklist->setBusy(true);
    m_recentMenu->setEnabled(false); // no other project while a job of this one runs
    m_profiles->setEnabled(false);
    m_cancelAction->setEnabled(true);
    m_progress->setRange(0, 0);
    m_progress->show();
    statusBar()->showMessage(what);
}

void MainWindow::setIdle()
{
    // Without a profile, the folder can be read and written, nothing run.
    for (QAction *a : {m_refresh, m_dryRun, m_dryRunReversible, m_apply, m_rollBack, m_startDeployment})
        a->setEnabled(hasTarget());
    for (QAction *a : {m_newMigration, m_profilesAction})
        a->setEnabled(m_workspace.has_value());
    m_newProject->setEnabled(true);
    m_checklist->setBusy(false);
    updateGate();
    m_open->setEnabled(true);
    m_recentMenu->setEnabled(true);
    m_settingsAction->setEnabled(true);
    m_profiles->setEnabled(true);
    m_cancelAction->setEnabled(false);
    m_progress->hide();
    statusBar()->clearMessage(); // the work's progress is over; its result is told after
}

void MainWindow::tell(const QString &text)
{
    m_log->log(text);
    statusBar()->showMessage(text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!askToSaveAll(tr("Save the changes to %1 before closing?"))) {
        event->ignore();
        return;
    }
    dropWaitingJob(tr("the window closes"));
    if (m_cancel)
        m_cancel->cancel();
    saveLayout();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!m_cancel && urls.size() == 1 && QFileInfo(urls.first().toLocalFile()).isDir())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    openProject(event->mimeData()->urls().first().toLocalFile());
}

} // namespace godwit
