#include "items/migrationtreemodel.h"
#include "items/schemadiffmodel.h"
#include "items/statementresultsmodel.h"

#include "demo/demoproject.h"
#include "appsettings.h"
#include "checklistpanel.h"
#include "confirmdialog.h"
#include "findbar.h"
#include "logpanel.h"
#include "mainwindow.h"
#include "migrationeditor.h"
#include "newmigrationdialog.h"
#include "previewpanel.h"
#include "problemspanel.h"
#include "items/problemsmodel.h"
#include "sqleditor.h"

#include "support/demowindow.h"
#include "support/modal.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! The real window on a temporary copy of the demo project (SQLite, seven of ten migrations
    applied), driven through its actions as a user would, under QT_QPA_PLATFORM=offscreen. */
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void treeShowsTheTarget();
    void openingAPendingMigrationShowsUpAndDown();
    void editingAnAppliedMigrationMakesItModified();
    void unsavedChangesAreAskedAbout();
    void dryRunFillsThePreview();
    void applyMovesMigrationsToApplied();
    void failingMigrationGetsAMarker();
    void cancellingALongStatementLeavesAnExactState();
    void newMigrationCreatesAndOpensIt();
    void productionAsksForTheProfileName();
    void rollBackOnProductionNeedsTheNameAndIsAudited();
    void confirmationListsThePlanWhereTheDryRunStopped();
    void darkThemeAndSettingsPersist();
    void findAndReplaceInTheEditor();
    void lintFindingsInTheTreeTheEditorAndProblems();

private:
    void writeMigration(const QString &name, const QByteArray &up);
    QString pendingKey(int row) const;
    void waitIdle();
    /*! Tags the demo's profiles production and opens the project again. */
    void switchToProduction();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    test::useTestSettings();
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_window = test::openDemoWindow(*m_dir, &m_project, &error);
    QVERIFY2(m_window, qPrintable(error));
    waitIdle();
}

void TestMainWindow::cleanup()
{
    waitIdle();
    m_window.reset();
}

void TestMainWindow::waitIdle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 30000);
}

void TestMainWindow::writeMigration(const QString &name, const QByteArray &up)
{
    QFile file(m_project + u"/migrations/"_s + name + u".up.sql"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(up);
}

QString TestMainWindow::pendingKey(int row) const
{
    MigrationTreeModel *model = m_window->migrationModel();
    return model->index(row, 0, model->index(MigrationTreeModel::Pending, 0)).data(MigrationTreeModel::KeyRole).toString();
}

void TestMainWindow::treeShowsTheTarget()
{
    MigrationTreeModel *model = m_window->migrationModel();
    QCOMPARE(model->count(MigrationTreeModel::Applied), 7);
    QCOMPARE(model->count(MigrationTreeModel::Pending), 3);
    QCOMPARE(model->count(MigrationTreeModel::Problems), 0);
    QVERIFY(m_window->windowTitle().contains(u"local"_s));
    QVERIFY(m_window->dryRunAction()->isEnabled());
    QVERIFY(!m_window->cancelAction()->isEnabled());
}

void TestMainWindow::openingAPendingMigrationShowsUpAndDown()
{
    MigrationEditor *editor = m_window->openMigration(pendingKey(0));
    QVERIFY(editor);
    QVERIFY(editor->up()->text().contains(u"ALTER TABLE customers ADD COLUMN full_name TEXT;"_s));
    QVERIFY(editor->down()->text().contains(u"DROP COLUMN full_name"_s));
    QVERIFY(!editor->isModified());
    QCOMPARE(m_window->currentEditor(), editor);
    QCOMPARE(m_window->openMigration(pendingKey(0)), editor); // the same tab again
}

void TestMainWindow::editingAnAppliedMigrationMakesItModified()
{
    MigrationTreeModel *model = m_window->migrationModel();
    const QString key = model->index(0, 0, model->index(MigrationTreeModel::Applied, 0))
                            .data(MigrationTreeModel::KeyRole)
                            .toString();
    MigrationEditor *editor = m_window->openMigration(key);
    QVERIFY(editor);
    editor->up()->append(u"\n-- reviewed\n"_s);
    QVERIFY(editor->isModified());
    QVERIFY(editor->title().endsWith(u'*'));
    QSignalSpy refreshed(m_window.get(), &MainWindow::statusRefreshed);
    m_window->saveAction()->trigger();
    QVERIFY(!editor->isModified());
    QFile file(editor->migration().up->path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().endsWith("-- reviewed\n"));
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(model->count(MigrationTreeModel::Problems), 1);
    const QModelIndex modified = model->indexOfKey(key);
    QCOMPARE(modified.parent().row(), int(MigrationTreeModel::Problems));
    QCOMPARE(MigrationState(modified.data(MigrationTreeModel::StateRole).toInt()), MigrationState::Modified);

    // Apply refuses to run past it and says what to do in the window's terms: no flag.
    m_window->applyAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->log()->toPlainText().contains(u"Restore the changed scripts"_s), 20000);
    const QString told = m_window->log()->toPlainText();
    QVERIFY2(!told.contains(u"--"_s) && !told.contains(u"godwit-cli"_s), qPrintable(told));
}

// A tab or the window closed with changes not saved asks first: Cancel keeps the changes,
// Discard drops them, Save writes them.
void TestMainWindow::unsavedChangesAreAskedAbout()
{
    auto *tabs = qobject_cast<QTabWidget *>(m_window->centralWidget());
    QVERIFY(tabs);
    QString asked;
    const auto answer = [this, &asked](QMessageBox::StandardButton button) {
        test::whenModal<QMessageBox>(this, [&asked, button](QMessageBox *box) {
            asked = box->text();
            box->button(button)->click();
        });
    };
    MigrationEditor *editor = m_window->openMigration(pendingKey(0));
    QVERIFY(editor);
    const QString path = editor->migration().up->path;
    editor->up()->append(u"\n-- draft\n"_s);
    const QString title = editor->title();
    answer(QMessageBox::Cancel);
    Q_EMIT tabs->tabCloseRequested(tabs->indexOf(editor));
    QCOMPARE(asked, u"Save the changes to %1?"_s.arg(title));
    QCOMPARE(tabs->count(), 1);
    answer(QMessageBox::Discard);
    Q_EMIT tabs->tabCloseRequested(tabs->indexOf(editor));
    QCOMPARE(tabs->count(), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("-- draft"));
    file.close();

    editor = m_window->openMigration(pendingKey(0));
    editor->up()->append(u"\n-- kept\n"_s);
    answer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QCOMPARE(asked, u"Save the changes to %1 before closing?"_s.arg(editor->title()));
    QVERIFY(editor->isModified());
    answer(QMessageBox::Save);
    QVERIFY(m_window->close());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().endsWith("-- kept\n"));
}

void TestMainWindow::dryRunFillsThePreview()
{
    QSignalSpy finished(m_window.get(), &MainWindow::jobFinished);
    m_window->dryRunAction()->trigger();
    QVERIFY(m_window->isBusy());
    QVERIFY(m_window->cancelAction()->isEnabled());
    QVERIFY(finished.wait(30000));
    SchemaDiffModel *diff = m_window->preview()->diffModel();
    QCOMPARE(diff->changeCount(), 2);
    const QModelIndex destructive = diff->index(0, 0);
    QCOMPARE(diff->index(0, 0, destructive).data().toString(), u"drop column customers.name"_s);
    const QModelIndex additive = diff->index(2, 0);
    QCOMPARE(diff->index(0, 0, additive).data().toString(), u"add column customers.full_name"_s);
    QVERIFY(m_window->preview()->textDiff()->toPlainText().contains(u"+    full_name TEXT,"_s));
    QVERIFY(m_window->preview()->statementsModel()->rowCount() >= 4);
    QVERIFY(m_window->preview()->summary()->text().contains(u"Dry run passed"_s));
    // Nothing was applied.
    waitIdle();
    QCOMPARE(m_window->migrationModel()->count(MigrationTreeModel::Pending), 3);
}

void TestMainWindow::applyMovesMigrationsToApplied()
{
    QSignalSpy refreshed(m_window.get(), &MainWindow::statusRefreshed);
    m_window->applyAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->migrationModel()->count(MigrationTreeModel::Applied), 10, 30000);
    QCOMPARE(m_window->migrationModel()->count(MigrationTreeModel::Pending), 0);
    m_window->rollBackAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->migrationModel()->count(MigrationTreeModel::Pending), 1, 30000);
}

void TestMainWindow::failingMigrationGetsAMarker()
{
    writeMigration(u"000011_broken"_s, "-- creates a table, then fails\nCREATE TABLE ok (id INTEGER);\n"
                                       "INSERT INTO nowhere VALUES (1);\n");
    m_window->applyAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentEditor() && m_window->currentEditor()->migration().description
                                                               == u"broken"_s,
                             30000);
    SqlEditor *up = m_window->currentEditor()->up();
    QCOMPARE(up->failureLines(), QList<int>{3});
    QVERIFY2(up->markerMessage(3).contains(u"no such table: nowhere"_s), qPrintable(up->markerMessage(3)));
    // The three good ones were applied, the broken one rolled back: still pending.
    QCOMPARE(m_window->migrationModel()->count(MigrationTreeModel::Applied), 10);
    QCOMPARE(m_window->migrationModel()->count(MigrationTreeModel::Pending), 1);
}

void TestMainWindow::cancellingALongStatementLeavesAnExactState()
{
    writeMigration(u"000011_slow"_s,
                   "CREATE TABLE slow_side (id INTEGER);\n"
                   "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c;\n");
    QSignalSpy finished(m_window.get(), &MainWindow::jobFinished);
    m_window->applyAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->log()->toPlainText().contains(u"up 000011 slow"_s), 30000);
    QTest::qWait(300);
    QElapsedTimer timer;
    timer.start();
    m_window->cancelAction()->trigger();
    QVERIFY(finished.wait(10000));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    waitIdle();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->migrationModel()->count(MigrationTreeModel::Applied), 10, 20000);
    // Rolled back as a whole: pending again, nothing half-done.
    QCOMPARE(m_window->migrationModel()->count(MigrationTreeModel::Pending), 1);
    QCOMPARE(m_window->migrationModel()->count(MigrationTreeModel::Problems), 0);
}

void TestMainWindow::newMigrationCreatesAndOpensIt()
{
    test::whenModal<NewMigrationDialog>(this, [](NewMigrationDialog *dialog) {
        QTest::keyClicks(dialog->nameEdit(), u"add customer phone"_s);
        QVERIFY(dialog->preview()->text().contains(u"000011_add_customer_phone.up.sql"_s));
        dialog->accept();
    });
    m_window->newMigrationAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentEditor()
                                 && m_window->currentEditor()->migration().description == u"add customer phone"_s,
                             20000);
    QVERIFY(QFile::exists(m_project + u"/migrations/000011_add_customer_phone.down.sql"_s));
    QCOMPARE(m_window->migrationModel()->count(MigrationTreeModel::Pending), 4);
}

void TestMainWindow::switchToProduction()
{
    QFile project(m_project + u"/godwit.json"_s);
    QVERIFY(project.open(QIODevice::ReadOnly));
    QByteArray json = project.readAll().replace("\"development\"", "\"production\"");
    project.close();
    QVERIFY(project.open(QIODevice::WriteOnly | QIODevice::Truncate));
    project.write(json);
    project.close();
    QSignalSpy refreshed(m_window.get(), &MainWindow::statusRefreshed);
    QVERIFY(m_window->openProject(m_project));
    QVERIFY(refreshed.wait(20000));
    waitIdle();
}

void TestMainWindow::productionAsksForTheProfileName()
{
    switchToProduction();

    // Apply on production runs a deployment whose required items are done (or overridden);
    // before, F7 says so.
    QString said;
    test::whenModal<QMessageBox>(this, [&said](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    QTest::keyClick(m_window.get(), Qt::Key_F7);
    QVERIFY2(said.startsWith(u"Apply is blocked: no deployment under way on local"_s), qPrintable(said));
    m_window->startDeployment({});
    waitIdle();
    QVERIFY(m_window->checklist()->current());
    QVERIFY(m_window->applyAction()->toolTip().startsWith(u"Blocked on production"_s));
    QCOMPARE(m_window->checklist()->overrideGate(u"rehearsal on a copy"_s), QString());
    QVERIFY(m_window->applyAction()->isEnabled());

    bool sawDialog = false;
    test::whenModal<ConfirmDialog>(this, [&sawDialog](ConfirmDialog *dialog) {
        sawDialog = true;
        QVERIFY(dialog->findChildren<QLabel *>().size() >= 3);
        bool listsTheDrop = false;
        bool listsTheFinding = false;
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            listsTheDrop = listsTheDrop || label->text().contains(u"drop column customers.name"_s);
            listsTheFinding = listsTheFinding || label->text().contains(u"error [drop-column] drops column customers.name"_s);
        }
        QVERIFY(listsTheDrop);
        QVERIFY(listsTheFinding); // and the lint finding of the script that does it
        QTest::keyClicks(dialog->nameEdit(), u"prod"_s);
        QVERIFY(!dialog->confirmButton()->isEnabled());
        dialog->nameEdit()->setText(u"local"_s);
        QVERIFY(dialog->confirmButton()->isEnabled());
        dialog->confirmButton()->click();
    });
    m_window->applyAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawDialog, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->migrationModel()->count(MigrationTreeModel::Applied), 10, 30000);
    QVERIFY(m_window->checklist()->current()->isApplied());
}

// The emergency path, as in godwit-cli: no checklist, but the typed name, and an audit row.
void TestMainWindow::rollBackOnProductionNeedsTheNameAndIsAudited()
{
    switchToProduction();
    QCOMPARE(m_window->migrationModel()->count(MigrationTreeModel::Applied), 7);
    const auto gateRows = [this] {
        QStringList rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"audit"_s);
            db.setDatabaseName(m_project + u"/shop.sqlite"_s);
            QSqlQuery q(db);
            if (db.open() && q.exec(u"SELECT action, description, detail FROM godwit_audit_log WHERE action = 'production-gate'"_s)) {
                while (q.next())
                    rows << q.value(1).toString() + u" | "_s + q.value(2).toString();
            }
        }
        QSqlDatabase::removeDatabase(u"audit"_s);
        return rows;
    };

    bool asked = false;
    test::whenModal<ConfirmDialog>(this, [&asked](ConfirmDialog *dialog) {
        asked = true;
        // It names what it undoes, and the rule production holds a roll back to.
        const QString summary = dialog->summaryText();
        QVERIFY2(summary.contains(u"Undoes 000007 reserve stock trigger"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"Roll back is the emergency path"_s), qPrintable(summary));
        QTest::keyClicks(dialog->nameEdit(), u"production"_s);
        QVERIFY(!dialog->confirmButton()->isEnabled()); // the profile is "local"
        dialog->reject();
    });
    m_window->rollBackAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(asked, 20000);
    waitIdle();
    QCOMPARE(m_window->migrationModel()->count(MigrationTreeModel::Applied), 7);
    QVERIFY(gateRows().isEmpty());

    // The down script edited behind the dialog: what was confirmed is not what would run,
    // so nothing runs.
    asked = false;
    test::whenModal<ConfirmDialog>(this, [this, &asked](ConfirmDialog *dialog) {
        asked = true;
        QFile down(m_project + u"/migrations/000007_reserve_stock_trigger.down.sql"_s);
        QVERIFY(down.open(QIODevice::Append));
        down.write("\n-- edited while the dialog was open\n");
        down.close();
        m_window->refreshAction()->trigger();
        QTest::keyClicks(dialog->nameEdit(), u"local"_s);
        dialog->confirmButton()->click();
    });
    m_window->rollBackAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(asked, 20000);
    waitIdle();
    QCOMPARE(m_window->migrationModel()->count(MigrationTreeModel::Applied), 7);

    // A refresh that starts behind the dialog (a file saved meanwhile) delays the confirmed
    // roll back; it does not drop it.
    asked = false;
    test::whenModal<ConfirmDialog>(this, [this, &asked](ConfirmDialog *dialog) {
        asked = true;
        m_window->refreshAction()->trigger();
        QVERIFY(m_window->isBusy());
        QTest::keyClicks(dialog->nameEdit(), u"local"_s);
        dialog->confirmButton()->click();
    });
    m_window->rollBackAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(asked, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->migrationModel()->count(MigrationTreeModel::Applied), 6, 30000);
    const QStringList rows = gateRows();
    QCOMPARE(rows.size(), 1);
    QVERIFY2(rows.first().startsWith(u"down on local: confirmed by typing the profile's name"_s), qPrintable(rows.first()));
}

// The steps to confirm are the plan's, not only those the dry run reached.
void TestMainWindow::confirmationListsThePlanWhereTheDryRunStopped()
{
    QFile up(m_project + u"/migrations/000008_expand_customer_full_name.up.sql"_s);
    QVERIFY(up.open(QIODevice::Append));
    up.write("\nUPDATE no_such_table SET x = 1;\n");
    up.close();
    switchToProduction();
    m_window->startDeployment({});
    waitIdle();
    QCOMPARE(m_window->checklist()->overrideGate(u"rehearsal on a copy"_s), QString());
    QString summary;
    test::whenModal<ConfirmDialog>(this, [&summary](ConfirmDialog *dialog) {
        summary = dialog->summaryText();
        dialog->reject();
    });
    m_window->applyAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!summary.isEmpty(), 20000);
    for (const QString &step : {u"Runs 000008"_s, u"Runs 000009"_s, u"Runs 000010"_s})
        QVERIFY2(summary.contains(step), qPrintable(summary));
    QVERIFY2(summary.contains(u"The dry run of this plan (3 steps) did <b>not</b> pass."_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"It stopped after 1 step: the steps after it were not rehearsed."_s), qPrintable(summary));
    waitIdle();
    QCOMPARE(m_window->migrationModel()->count(MigrationTreeModel::Applied), 7);
}


void TestMainWindow::darkThemeAndSettingsPersist()
{
    MigrationEditor *editor = m_window->openMigration(pendingKey(0));
    QVERIFY(editor);
    AppSettings settings = m_window->settings();
    settings.theme = AppSettings::Theme::Dark;
    settings.editorFont.setPointSize(15);
    settings.dryRunMethod = DryRunMethod::Shadow;
    m_window->applySettings(settings);
    settings.save();
    QVERIFY(darkPalette());
    QVERIFY(editor->up()->lexer()->paper(0).lightness() < 64);
    QCOMPARE(editor->up()->lexer()->font(0).pointSize(), 15);
    const AppSettings again = AppSettings::load();
    QCOMPARE(again.theme, AppSettings::Theme::Dark);
    QCOMPARE(again.dryRunMethod, DryRunMethod::Shadow);
    // The dry run follows the default method chosen.
    QSignalSpy finished(m_window.get(), &MainWindow::jobFinished);
    m_window->dryRunAction()->trigger();
    QVERIFY(finished.wait(30000));
    QVERIFY2(m_window->preview()->summary()->text().contains(u"method shadow"_s),
             qPrintable(m_window->preview()->summary()->text()));
    settings.theme = AppSettings::Theme::Light;
    settings.dryRunMethod = DryRunMethod::Auto;
    m_window->applySettings(settings);
    settings.save();
    QVERIFY(!darkPalette());
}

void TestMainWindow::findAndReplaceInTheEditor()
{
    MigrationEditor *editor = m_window->openMigration(pendingKey(0));
    QVERIFY(editor);
    m_window->activateWindow();
    editor->up()->setFocus();
    QTest::keyClick(editor->up(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(editor->findBar()->isVisible());
    QTest::keyClicks(editor->findBar()->findEdit(), u"full_name"_s);
    QVERIFY(editor->findBar()->findNext());
    QCOMPARE(editor->up()->selectedText(), u"full_name"_s);
    editor->findBar()->replaceEdit()->setText(u"display_name"_s);
    QCOMPARE(editor->findBar()->replaceAll(), 1);
    QVERIFY(editor->up()->text().contains(u"ADD COLUMN display_name TEXT"_s));
    QVERIFY(editor->isModified());
    QVERIFY(!editor->findBar()->findNext()); // no more full_name in the up script
}

void TestMainWindow::lintFindingsInTheTreeTheEditorAndProblems()
{
    // The demo's contract step drops a column: an error, everywhere a user looks.
    ProblemsModel *problems = m_window->problems()->model();
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->index(0, ProblemsModel::Rule).data().toString(), u"drop-column"_s);
    QVERIFY(m_window->problems()->summary()->text().startsWith(u"Errors: 1, warnings: 0"_s));
    MigrationTreeModel *model = m_window->migrationModel();
    const QModelIndex contract = model->indexOfKey(u"10"_s);
    QCOMPARE(contract.siblingAtColumn(MigrationTreeModel::Findings).data().toString(), u"1 error"_s);
    QCOMPARE(model->indexOfKey(u"9"_s).siblingAtColumn(MigrationTreeModel::Findings).data().toString(), QString());

    // Activating the problem opens the migration at the line, with a marker and its tooltip.
    Q_EMIT m_window->problems()->view()->activated(m_window->problems()->view()->model()->index(0, 0));
    MigrationEditor *editor = m_window->currentEditor();
    QVERIFY(editor);
    QCOMPARE(editor->key(), u"10"_s);
    QCOMPARE(editor->up()->findingLines(), QList<int>{2});
    QVERIFY(editor->up()->findingsTip(2).contains(u"Instead: expand → backfill → contract"_s));
    int line = 0, column = 0;
    editor->up()->getCursorPosition(&line, &column);
    QCOMPARE(line, 1);

    // A new migration with a DELETE without WHERE, suppressed with a reason in another line.
    writeMigration(u"000011_purge"_s, "DELETE FROM orders;\nDELETE FROM products; -- godwit:ignore delete-without-where  demo data\n");
    QSignalSpy refreshed(m_window.get(), &MainWindow::statusRefreshed);
    m_window->refreshAction()->trigger();
    QVERIFY(refreshed.wait(20000));
    waitIdle();
    QCOMPARE(problems->rowCount(), 4); // drop-column, delete, missing down, and the suppressed one last
    QCOMPARE(problems->index(3, ProblemsModel::Severity).data().toString(), u"error (suppressed)"_s);
    QCOMPARE(model->indexOfKey(u"11"_s).siblingAtColumn(MigrationTreeModel::Findings).data().toString(),
             u"1 error, 1 warning"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
