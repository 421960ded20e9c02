#pragma once

#include "appsettings.h"

#include "deployment/checks.h"
#include "deployment/deploymentedits.h"
#include "deployment/deploymentsession.h"
#include "deployment/gate.h"
#include "workbench/operations.h"

#include <QDateTime>
#include <QFuture>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;
class QProgressBar;
class QTabWidget;

namespace godwit {

class ChecklistPanel;
class LogPanel;
class MigrationEditor;
class SqlEditor;
class MigrationTreeModel;
class MigrationsPanel;
class PreviewPanel;
class ProblemsPanel;
class SecretStore;
class SqlEditor;

/*! The workbench window. It wires the docks (migrations, preview, log), the editors, the
    toolbar and the status bar to the jobs of services/workbench, which run on worker threads
    with progress and Cancel: the GUI thread never waits on a database. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /*! Opens a project folder on a profile (its default when empty); false, with the
        reason in the log and the status bar, when it cannot. */
    bool openProject(const QString &directory, const QString &profile = {});
    QString projectDirectory() const { return m_workspace ? m_workspace->project.directory : QString(); }

    /*! Opens (or shows) the editor of a migration. */
    MigrationEditor *openMigration(const QString &key);
    MigrationEditor *currentEditor() const;

    MigrationTreeModel *migrationModel() const { return m_model; }
    MigrationsPanel *migrationsPanel() const { return m_migrations; }
    PreviewPanel *preview() const { return m_preview; }
    LogPanel *log() const { return m_log; }
    ChecklistPanel *checklist() const { return m_checklist; }
    /*! The deployment under way on the profile, which the Checklist dock shows. */
    DeploymentSession *deploymentSession() const { return m_deployment; }
    ProblemsPanel *problems() const { return m_problems; }
    MigrationsPanel *migrations() const { return m_migrations; }
    const QList<Finding> &findings() const { return m_findings; }
    /*! Opens the migration a script belongs to, at the line. */
    void goTo(const QString &file, int line);
    bool isBusy() const { return m_cancel != nullptr; }

    QAction *refreshAction() const { return m_refresh; }
    QAction *dryRunAction() const { return m_dryRun; }
    QAction *reversibleDryRunAction() const { return m_dryRunReversible; }
    QAction *applyAction() const { return m_apply; }
    QAction *rollBackAction() const { return m_rollBack; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *saveAction() const { return m_save; }
    QAction *newMigrationAction() const { return m_newMigration; }
    QAction *profilesAction() const { return m_profilesAction; }
    QAction *newProjectAction() const { return m_newProject; }
    QPushButton *connectButton() const { return m_connectButton; }
    /*! A new project in directory with format: its migrations folder and godwit.json
        (said in the log), then opened. False, with why told, when it cannot be made. */
    bool newProject(const QString &directory, Format format);
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *startDeploymentAction() const { return m_startDeployment; }
    QAction *runChecksAction() const { return m_runChecks; }
    SecretStore *secrets() const { return m_secrets; }

    /*! reversible: each migration's round trip as well (up, down, compare, up again). */
    void dryRun(std::optional<QString> to = std::nullopt, bool reversible = false);
    /*! On a production profile, a dry run of the plan comes first and the profile's name
        must be typed in ConfirmDialog. */
    void apply(std::optional<QString> to = std::nullopt);
    void rollBack(std::optional<QString> to = std::nullopt);
    /*! Records the migrations up to key that are not applied as applied, without running
        them, once the person confirmed the list (and, on production, typed the name). */
    void markAppliedTo(const QString &key);
    /*! Writes godwit.json's "history" so that the project adopts the table status found. */
    void adoptFound();
    void newMigration();
    /*! Starts a deployment of the plan to `to` (empty: everything pending) on the profile,
        with the project's checklist; one that already ran is closed as superseded. */
    void startDeployment(const QString &to);
    /*! Runs the deployment's automatic items (empty: every one of the phase not done). */
    void runChecks(const QStringList &ids);
    /*! Applies the deployment's plan (on production: when its gate is open, after the
        confirmation) and records the outcome. */
    void applyDeployment();
    void editProfiles();
    void editSettings();
    /*! Theme, editor font and defaults, applied to everything open. */
    void applySettings(const AppSettings &settings);
    const AppSettings &settings() const { return m_settings; }

Q_SIGNALS:
    void statusRefreshed();
    void jobFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void showEvent(QShowEvent *event) override;

public:
    /*! View › Reset layout: the docks where a first start puts them, sized to the window. */
    void resetLayout();
    /*! Every shortcut of the menus and the editor's own keys: (keys, what it does). */
    QList<QPair<QString, QString>> shortcuts() const;

private:
    void createActions();
    /*! The saved geometry and docks, or on a first start a share of the screen. */
    void restoreLayout();
    void saveLayout();
    /*! The docks' default shares of the window. */
    void sizeDocks();
    /*! After the Checklist opens: the editors keep at least half of the width. */
    void leaveEditorsRoom();
    QDockWidget *dockNamed(const QString &name) const;
    /*! The project's open tabs, kept per project folder and opened again with it. */
    void saveOpenTabs();
    void readOpenTabs();
    void restoreOpenTabs();
    void createDocks();
    /*! Edit: undo, redo, the clipboard, find and replace, on the script that has the focus. */
    void createEditMenu(QMenu *before);
    /*! Help: the keyboard shortcuts (from the window's own actions) and About. */
    void createHelpMenu();
    void showShortcuts();
    /*! The focused script of the current tab (its up when neither has the focus), or null. */
    SqlEditor *focusedScript() const;
    void withScript(void (SqlEditor::*edit)());
    void refresh();
    void setBusy(const QString &what);
    void setIdle();
    /*! Shows text in the log and in the status bar. */
    void tell(const QString &text);
    void statusArrived(const StatusJob &job);
    /*! The status bar's word on other tools' tables: the adopted one, or the one found with
        Adopt beside it. */
    void showPeers(const PeerTablesSeen &peers);
    void showFailure(const QString &file, int line, const QString &message);
    /*! The migration of the last status read with this key, or null. */
    const Migration *migrationOf(const QString &key) const;
    /*! Open editors follow the folder just read (see MigrationEditor::rebind()). */
    void rebindEditors();
    /*! Takes the failure markers off every open editor: a newer run's replace them. */
    void clearFailures();
    void switchProfile(const QString &name);
    /*! The project without a target: its migrations listed from the folder alone, and why
        nothing is connected, with Connect… to make the first profile. */
    void showFolder(const QString &why);
    /*! Without a target: the folder's migrations, read again. */
    void readFolder();
    bool hasTarget() const { return m_workspace && !m_profile.isEmpty(); }
    /*! What production asks of a run in direction: Apply a deployment's checklist, Roll
        back (the emergency path) the typed name only. Both are audited. */
    static QString productionRule(Direction direction);
    /*! On production, a dry run of request first and the typed profile name; then run (or,
        without it, execute(action, request)). */
    /*! On production, a dry run and the confirmation first; run gets the fingerprint of the
        plan confirmed (empty elsewhere), so that what runs is what was confirmed. */
    void confirmThen(const QString &action, const PlanRequest &request,
                     const std::function<void(const QString &plan)> &run = {});
    /*! passage: the production gate's audit row, written before the first step. */
    void execute(const QString &action, const PlanRequest &request, const std::optional<AuditEntry> &passage = {},
                 const QString &expectedPlan = {});
    /*! The production gate (productionGate(), as godwit-cli asks it) for this window's target:
        the audit row to write when it is passed on production, else nothing; refusal gets why
        it is not. The window always has a person, who types the name in the confirmation. */
    std::optional<AuditEntry> passGate(GatedAction action, const std::optional<Deployment> &deployment,
                                       const QString &plan, QString *refusal) const;
    void askPassword(const QString &why);
    void updateTitle();
    void showFindings(MigrationEditor *editor);
    /*! Lints the editor's up script as it holds it, off the GUI thread; its findings replace
        the file's in the editor, the tree and Problems, unless the editor was typed into,
        saved or reloaded meanwhile. */
    void lintAsTyped(MigrationEditor *editor);
    /*! Lints text as migration's up script off the GUI thread; its findings replace the
        file's in the tree, Problems and any open editor of it, when current() still holds. */
    void lintInBackground(const Migration &migration, const QString &text, const std::function<bool()> &current);
    /*! The findings of the last status read in migration's up script. */
    QList<Finding> upFindings(const Migration &migration) const;
    QList<MigrationEditor *> openEditors() const;
    /*! Opens the migration whose script holds line fileLine of file: that script's editor,
        and in line the line of its text; null when no migration's script holds it. */
    SqlEditor *openAt(const QString &file, int fileLine, int *line);
    /*! Saves; a failure is shown, and false. */
    bool saveEditor(MigrationEditor *editor);
    /*! When editor has changes: question (its %1 the editor's title) with Save, Discard and
        Cancel; false when the user cancels or the save fails. */
    bool askToSave(MigrationEditor *editor, const QString &question);
    /*! askToSave() for each open editor; false as soon as one is cancelled. */
    bool askToSaveAll(const QString &question);
    void closeEditor(int index);
    void askStartDeployment();
    /*! The checklist's deployment bound to the status just read: stale items, saved. */
    void bindDeployment();
    /*! On production, Apply follows the deployment's gate. */
    void updateGate();
    DeploymentContext deploymentContext() const;
    void executeDeployment(const std::optional<AuditEntry> &passage);
    void addRecent(const QString &directory);
    void rebuildRecentMenu();
    /*! Before what (a dry run, Apply…) runs the files on disk: when editors have unsaved
        edits, asks whether to save them, run the files as they are, or cancel (false). */
    bool saveBeforeRunning(const QString &what);
    template<typename Job, typename Work, typename Done>
    void startJob(const QString &what, Work work, Done done);

    std::optional<Workspace> m_workspace;
    QString m_profile;
    AppSettings m_settings;
    TargetEnvironment m_targetEnvironment;
    MigrationSource m_source;
    QList<StatusEntry> m_status;
    QDateTime m_folderReadAt; ///< when the read that m_source and m_status come from began
    QString m_openWhenRefreshed; ///< a migration just created, opened once the tree has it
    bool m_askedPassword = false;
    bool m_savingForRun = false;
    QString m_notConnected; ///< why the window has no target, when it has none
    bool m_refreshWhenIdle = false; ///< read the folder and target again once the job that runs ends
    /*! A job asked for while another ran (a run confirmed in a dialog while a refresh
        started behind it): it starts when that one ends, never dropped. */
    std::function<void()> m_startWhenIdle;
    QString m_waitingJob; ///< what m_startWhenIdle runs, in words
    /*! A waiting job was asked for the project or profile the window leaves: it is dropped, and said. */
    void dropWaitingJob(const QString &why);
    QStringList m_schemaNames;
    std::shared_ptr<CancelToken> m_cancel;
    QFuture<void> m_running;

    MigrationTreeModel *m_model;
    MigrationsPanel *m_migrations;
    PreviewPanel *m_preview;
    LogPanel *m_log;
    DeploymentSession *m_deployment;
    ChecklistPanel *m_checklist;
    ProblemsPanel *m_problems;
    QList<Finding> m_findings;
    std::optional<LintConfig> m_lintConfig; ///< the settings of the last status read's lint
    QTabWidget *m_editors;
    QComboBox *m_profiles;
    QLabel *m_environment;
    SecretStore *m_secrets;
    QLabel *m_targetLabel;
    QLabel *m_revisionLabel;
    QLabel *m_pendingLabel;
    QLabel *m_historyLabel;
    QPushButton *m_adoptButton;
    QPushButton *m_connectButton;
    std::optional<PeerTableSpec> m_found; ///< the one other tool's table status found, to adopt
    QProgressBar *m_progress;
    QMenu *m_recentMenu = nullptr;
    QByteArray m_defaultLayout;
    bool m_sizeDocksWhenShown = false;
    QStringList m_tabsToRestore;
    QString m_currentToRestore;

    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_dryRun = nullptr;
    QAction *m_dryRunReversible = nullptr;
    QAction *m_apply = nullptr;
    QAction *m_rollBack = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_newMigration = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_newProject = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_startDeployment = nullptr;
    QAction *m_runChecks = nullptr;
};

} // namespace godwit
