#include "acknowledgedialog.h"
#include "checklistpanel.h"
#include "confirmdialog.h"
#include "mainwindow.h"
#include "migrationeditor.h"
#include "sqleditor.h"

#include "demo/demoproject.h"
#include "items/checklistmodel.h"

#include <QAbstractItemModelTester>
#include "support/modal.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QStatusBar>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QMessageBox>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! The Checklist dock in the real window on a copy of the demo project (SQLite profiles
    local, staging and production at revision 000007), driven through its buttons and
    dialogs under QT_QPA_PLATFORM=offscreen. */
class TestChecklistPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startShowsTheChecklist();
    void runChecksShowsEvidence();
    void editingAScriptMakesEvidenceStale();
    void productionGateOverrideApplyAndVerify();
    void recordSurvivesARestartUnchanged();
    void pastDeploymentsOpenReadOnly();

private:
    void open(const QString &profile);
    void waitIdle();
    ItemState state(const QString &id) const;
    QString evidence(const QString &id) const;
    ChecklistPanel *panel() const { return m_window->checklist(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;
};

void TestChecklistPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"GodwitTest"_s);
}

void TestChecklistPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const DemoSetup demo = ensureDemoProject(m_dir->path());
    QVERIFY2(demo.error.isEmpty(), qPrintable(demo.error));
    m_project = demo.projectDir;
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    open(u"local"_s);
    // The dock stays out of the way until asked for (View › Checklist, Alt+4) or a deployment starts.
    auto *dock = m_window->findChild<QDockWidget *>(u"checklistDock"_s);
    QVERIFY(!dock->isVisible());
    dock->toggleViewAction()->trigger();
    QVERIFY(panel()->isVisible());
}

void TestChecklistPanel::cleanup()
{
    waitIdle();
    m_window.reset();
}

void TestChecklistPanel::open(const QString &profile)
{
    QSignalSpy refreshed(m_window.get(), &MainWindow::statusRefreshed);
    QVERIFY(m_window->openProject(m_project, profile));
    QVERIFY(refreshed.wait(20000));
    waitIdle();
}

void TestChecklistPanel::waitIdle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 30000);
}

ItemState TestChecklistPanel::state(const QString &id) const
{
    return ItemState(panel()->model()->indexOf(id).data(ChecklistModel::StateRole).toInt());
}

QString TestChecklistPanel::evidence(const QString &id) const
{
    const QModelIndex index = panel()->model()->indexOf(id);
    return index.siblingAtColumn(ChecklistModel::Evidence).data().toString();
}

void TestChecklistPanel::startShowsTheChecklist()
{
    QAbstractItemModelTester tester(panel()->model());
    QVERIFY(panel()->startButton()->isEnabled());
    QVERIFY(!panel()->runButton()->isEnabled());
    // Start through the button and its dialog, choosing a target version.
    test::whenModal<QInputDialog>(this, [](QInputDialog *dialog) {
        QVERIFY(dialog->comboBoxItems().contains(u"up to 000009 backfill customer full name"_s));
        dialog->setTextValue(u"up to 000009 backfill customer full name"_s);
        dialog->accept();
    });
    QTest::mouseClick(panel()->startButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel()->current().has_value(), 20000);
    waitIdle();
    const Deployment &d = *panel()->current();
    QCOMPARE(d.targetVersion(), u"000009"_s);
    QCOMPARE(d.steps.size(), 2);
    QCOMPARE(panel()->model()->rowCount(), 3);
    QCOMPARE(panel()->model()->rowCount(panel()->model()->index(0, 0)), 7);
    QVERIFY(panel()->header()->text().contains(d.id));
    QVERIFY(QFile::exists(m_project + u"/.godwit/deployments/"_s + d.id + u".json"_s));
    QVERIFY(!panel()->startButton()->isEnabled());
    QVERIFY(panel()->runButton()->isEnabled());
    QVERIFY(panel()->applyButton()->isEnabled()); // development: the checklist advises
    QVERIFY(!panel()->overrideButton()->isEnabled());
}

void TestChecklistPanel::runChecksShowsEvidence()
{
    m_window->startDeployment({});
    waitIdle();
    // Before the dry run there is nothing to acknowledge: the window says what to do in its
    // own terms, with no command line in it.
    const QString early = panel()->acknowledge({u"drop column customers.name"_s});
    QVERIFY2(early.contains(u"Run checks"_s) && !early.contains(u"--"_s) && !early.contains(u"godwit-cli"_s),
             qPrintable(early));
    QTest::mouseClick(panel()->runButton(), Qt::LeftButton);
    QVERIFY(m_window->isBusy());
    waitIdle();
    QCOMPARE(state(u"backup"_s), ItemState::Done);
    QCOMPARE(state(u"staging-dry-run"_s), ItemState::Done);
    QCOMPARE(state(u"reversibility"_s), ItemState::Failed);
    QCOMPARE(state(u"destructive-review"_s), ItemState::Open);
    QVERIFY(evidence(u"estimate"_s).contains(u"customers"_s));

    // A failed check names who ran it, not a sign-off; an open item names nobody.
    panel()->select(u"reversibility"_s);
    QVERIFY2(panel()->details()->toPlainText().contains(u"Checked by:"_s)
                 && !panel()->details()->toPlainText().contains(u"Signed off:"_s),
             qPrintable(panel()->details()->toPlainText()));
    panel()->select(u"notify"_s);
    QVERIFY2(!panel()->details()->toPlainText().contains(u"Signed off:"_s), qPrintable(panel()->details()->toPlainText()));
    panel()->select(u"backup"_s);
    QVERIFY2(panel()->details()->toPlainText().contains(u"Signed off:"_s), qPrintable(panel()->details()->toPlainText()));

    // The backup's evidence, with the command that restores it, is shown inline.
    panel()->select(u"backup"_s);
    QVERIFY2(panel()->details()->toPlainText().contains(u"Restore with:"_s), qPrintable(panel()->details()->toPlainText()));
    QVERIFY(panel()->details()->toPlainText().contains(u".restore"_s));
    // Evidence in words: durations with their unit, and no key of the record ("durationMs: 19").
    for (const QString &id : {u"backup"_s, u"estimate"_s, u"staging-dry-run"_s}) {
        panel()->select(id);
        const QString details = panel()->details()->toPlainText();
        QVERIFY2(QRegularExpression(uR"(\d+ ms\b)"_s).match(details).hasMatch(), qPrintable(details));
        for (const QString &key : evidenceToJson(panel()->current()->item(id)->evidence).keys())
            QVERIFY2(!details.contains(u'\n' + key + u':'), qPrintable(key + u" in "_s + details));
    }

    QVERIFY(panel()->acknowledgeButton()->isEnabled());
    // One dialog lists every open change; nothing is ticked for the reviewer.
    test::whenModal<AcknowledgeDialog>(this, [](AcknowledgeDialog *dialog) {
        QListWidget *list = dialog->list();
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), u"drop column customers.name"_s);
        QCOMPARE(list->item(1)->text(), u"lint drop-column: drops column customers.name (migrations/000010_contract_customer_name.up.sql:2)"_s);
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(dialog->checkedChanges(), QStringList{u"drop column customers.name"_s});
        QTest::keyClicks(dialog->noteEdit(), u"the column moved to full_name in 000008"_s);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(panel()->acknowledgeButton(), Qt::LeftButton);
    QCOMPARE(state(u"destructive-review"_s), ItemState::Open); // the lint error is left
    QCOMPARE(panel()->acknowledge({u"lint drop-column: drops column customers.name (migrations/000010_contract_customer_name.up.sql:2)"_s}), QString());
    QCOMPARE(state(u"destructive-review"_s), ItemState::Done);
    QVERIFY(!panel()->acknowledgeButton()->isEnabled());
    panel()->select(u"destructive-review"_s);
    QVERIFY2(panel()->details()->toPlainText().contains(u"drop column customers.name — acknowledged by "_s),
             qPrintable(panel()->details()->toPlainText()));
    QVERIFY2(panel()->details()->toPlainText().contains(u"the column moved to full_name in 000008"_s),
             qPrintable(panel()->details()->toPlainText()));
    // The window sees what the dock does: one session.
    QCOMPARE(m_window->deploymentSession()->current()->toBytes(), panel()->current()->toBytes());

    // A manual item: select it, tick it with a note.
    panel()->select(u"notify"_s);
    QVERIFY(panel()->tickButton()->isEnabled());
    test::whenModal<QInputDialog>(this, [](QInputDialog *dialog) {
        dialog->setTextValue(u"posted in #ops"_s);
        dialog->accept();
    });
    QTest::mouseClick(panel()->tickButton(), Qt::LeftButton);
    QCOMPARE(state(u"notify"_s), ItemState::Done);
    QCOMPARE(panel()->current()->item(u"notify"_s)->signoff.note, u"posted in #ops"_s);
}

void TestChecklistPanel::editingAScriptMakesEvidenceStale()
{
    m_window->startDeployment({});
    waitIdle();
    m_window->runChecks({u"staging-dry-run"_s, u"rollback"_s, u"backup"_s});
    waitIdle();
    QCOMPARE(state(u"staging-dry-run"_s), ItemState::Done);

    MigrationEditor *editor = m_window->openMigration(u"9"_s);
    QVERIFY(editor);
    editor->up()->append(u"\n-- reviewed: the batches are small enough\n"_s);
    QSignalSpy refreshed(m_window.get(), &MainWindow::statusRefreshed);
    m_window->saveAction()->trigger();
    QVERIFY(refreshed.wait(20000));
    waitIdle();
    QCOMPARE(state(u"staging-dry-run"_s), ItemState::Stale);
    QCOMPARE(state(u"rollback"_s), ItemState::Stale);
    QCOMPARE(state(u"backup"_s), ItemState::Done); // the database did not move
    QVERIFY2(evidence(u"staging-dry-run"_s).contains(u"the up script of 000009 backfill customer full name was edited"_s),
             qPrintable(evidence(u"staging-dry-run"_s)));

    // Running the checks again takes fresh evidence at the new plan.
    m_window->runChecks({u"staging-dry-run"_s});
    waitIdle();
    QCOMPARE(state(u"staging-dry-run"_s), ItemState::Done);

    // The way back is reviewed too: fixing a down script makes the evidence old.
    editor->down()->append(u"\n-- reviewed: the expand's down drops the column\n"_s);
    m_window->saveAction()->trigger();
    QVERIFY(refreshed.wait(20000));
    waitIdle();
    QCOMPARE(state(u"staging-dry-run"_s), ItemState::Stale);
    QVERIFY2(evidence(u"staging-dry-run"_s).contains(u"the down script of 000009 backfill customer full name was edited"_s),
             qPrintable(evidence(u"staging-dry-run"_s)));
}

void TestChecklistPanel::productionGateOverrideApplyAndVerify()
{
    open(u"production"_s);
    m_window->startDeployment({});
    waitIdle();
    // F7 while the gate is closed says why, with the checklist in view; nothing runs.
    QString said;
    test::whenModal<QMessageBox>(this, [&said](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    QTest::keyClick(m_window.get(), Qt::Key_F7);
    QVERIFY2(said.startsWith(u"Apply is blocked: "_s) && said.contains(u"backup"_s)
                 && said.contains(u"On production, Apply runs the reviewed plan"_s),
             qPrintable(said));
    QVERIFY(m_window->findChild<QDockWidget *>(u"checklistDock"_s)->isVisible());
    QVERIFY(!m_window->isBusy());
    QVERIFY(!panel()->current()->outcome);
    QVERIFY(!panel()->applyButton()->isEnabled());
    QVERIFY(panel()->overrideButton()->isEnabled());

    test::whenModal<QInputDialog>(this, [](QInputDialog *dialog) {
        QVERIFY(dialog->labelText().contains(u"backup"_s));
        dialog->setTextValue(u"INC-42 hotfix, approved by the on-call DBA"_s);
        dialog->accept();
    });
    QTest::mouseClick(panel()->overrideButton(), Qt::LeftButton);
    QVERIFY(panel()->current()->gateOverride);
    QVERIFY(m_window->applyAction()->isEnabled());
    QVERIFY(panel()->applyButton()->isEnabled());

    test::whenModal<ConfirmDialog>(this, [](ConfirmDialog *dialog) {
        dialog->nameEdit()->setText(u"production"_s);
        dialog->confirmButton()->click();
    });
    QTest::mouseClick(panel()->applyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel()->current()->outcome.has_value(), 30000);
    waitIdle();
    QVERIFY(panel()->current()->isApplied());
    QCOMPARE(panel()->current()->outcome->steps.size(), 3);
    QCOMPARE(state(u"apply"_s), ItemState::Done);
    QVERIFY(!panel()->applyButton()->isEnabled());

    QTest::mouseClick(panel()->runButton(), Qt::LeftButton); // after the run: verify
    waitIdle();
    QCOMPARE(state(u"verify"_s), ItemState::Done);
    QVERIFY(panel()->startButton()->isEnabled()); // the next deployment may start
}

void TestChecklistPanel::recordSurvivesARestartUnchanged()
{
    m_window->startDeployment({});
    waitIdle();
    m_window->runChecks({u"backup"_s, u"rollback"_s});
    waitIdle();
    QCOMPARE(panel()->tick(u"notify"_s, u"mail sent"_s), QString());
    const Deployment before = *panel()->current();
    const QString path = m_project + u"/.godwit/deployments/"_s + before.id + u".json"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();

    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    open(u"local"_s);
    QVERIFY(panel()->current());
    QCOMPARE(panel()->current()->id, before.id);
    QCOMPARE(state(u"backup"_s), ItemState::Done);
    QCOMPARE(state(u"notify"_s), ItemState::Done);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes); // reopened, nothing changed: not a byte rewritten
}

void TestChecklistPanel::pastDeploymentsOpenReadOnly()
{
    m_window->startDeployment({});
    waitIdle();
    const QString id = panel()->current()->id;
    QCOMPARE(panel()->closeDeployment(u"postponed"_s), QString());
    QVERIFY(!panel()->current());
    QVERIFY(panel()->startButton()->isEnabled() || panel()->isShowingPast());
    QVERIFY(panel()->history()->findData(id) > 0);
    panel()->showDeployment(id);
    QVERIFY(panel()->isShowingPast());
    QVERIFY(panel()->header()->text().contains(u"read-only"_s));
    for (QPushButton *b : {panel()->runButton(), panel()->tickButton(), panel()->acknowledgeButton(),
                           panel()->overrideButton(), panel()->applyButton(), panel()->closeButton()})
        QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
    QVERIFY(panel()->reportButton()->isEnabled());
    // Report… offers the deployments folder, beside the record, and says where it wrote.
    QString offered;
    test::whenModal<QFileDialog>(this, [&offered](QFileDialog *dialog) {
        offered = dialog->selectedFiles().value(0);
        dialog->reject();
    });
    QTest::mouseClick(panel()->reportButton(), Qt::LeftButton);
    QCOMPARE(offered, m_project + u"/.godwit/deployments/"_s + id + u".md"_s);
    const QString report = m_dir->filePath(u"report.html"_s);
    QCOMPARE(panel()->exportReport(report), QString());
    QCOMPARE(m_window->statusBar()->currentMessage(), u"report written to "_s + report);
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray html = file.readAll();
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.contains(id.toUtf8()));
    QVERIFY(html.contains("ALTER TABLE customers DROP COLUMN name"));
}

QTEST_MAIN(TestChecklistPanel)
#include "tst_checklistpanel.moc"
