#include "items/migrationtreemodel.h"

#include "mainwindow.h"
#include "migrationeditor.h"
#include "previewpanel.h"
#include "sqleditor.h"

#include "support/demowindow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! A result on screen says what produced it and is never shown as current when it is not
    (issue #19, item 2): on the demo project (SQLite, seven of ten applied), a dry run's
    Preview names its operation, profile and target, and turns out of date when the profile
    changes, the target changes or a script is saved, until the next dry run. */
class TestPreviewStale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useTestSettings(); }
    void init();
    void cleanup();
    void resultSaysWhatProducedIt();
    void profileChangeMakesItOutOfDate();
    void applyMakesItOutOfDate();
    void savingAScriptMakesItOutOfDate();

private:
    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 30000); }
    void dryRun();
    QString summary() const { return m_window->preview()->summary()->text(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;
};

void TestPreviewStale::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_window = test::openDemoWindow(*m_dir, &m_project, &error);
    QVERIFY2(m_window, qPrintable(error));
    waitIdle();
}

void TestPreviewStale::cleanup()
{
    waitIdle();
    m_window.reset();
}

void TestPreviewStale::dryRun()
{
    QSignalSpy finished(m_window.get(), &MainWindow::jobFinished);
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QVERIFY(finished.wait(30000));
    waitIdle();
    QVERIFY(m_window->preview()->hasReport());
    QVERIFY(!m_window->preview()->isOutOfDate());
}

void TestPreviewStale::resultSaysWhatProducedIt()
{
    QVERIFY2(summary().startsWith(u"No dry run yet"_s), qPrintable(summary()));
    dryRun();
    QVERIFY2(summary().contains(u"Dry run on local ("_s), qPrintable(summary()));
    QVERIFY2(summary().contains(u"shop.sqlite"_s), qPrintable(summary()));
    QVERIFY(!summary().contains(u"Out of date"_s));
}

void TestPreviewStale::profileChangeMakesItOutOfDate()
{
    dryRun();
    auto *profiles = m_window->findChild<QComboBox *>();
    QVERIFY(profiles);
    const int staging = profiles->findText(u"staging"_s);
    QVERIFY(staging >= 0);
    Q_EMIT profiles->textActivated(profiles->itemText(staging)); // as a choice in the toolbar's list
    QTRY_VERIFY(m_window->preview()->isOutOfDate());
    QVERIFY2(summary().startsWith(u"<b>Out of date:</b> the window now works on staging; this ran on local"_s),
             qPrintable(summary()));
    QVERIFY(!m_window->preview()->findChild<QTreeView *>()->isEnabled()); // greyed, still readable
    waitIdle();
    dryRun(); // a new result is current again
    QVERIFY2(summary().contains(u"Dry run on staging ("_s), qPrintable(summary()));
}

void TestPreviewStale::applyMakesItOutOfDate()
{
    dryRun();
    QSignalSpy refreshed(m_window.get(), &MainWindow::statusRefreshed);
    QTest::keyClick(m_window.get(), Qt::Key_F7);
    QVERIFY(refreshed.wait(30000));
    QCOMPARE(m_window->migrationModel()->count(MigrationTreeModel::Pending), 0);
    QVERIFY2(summary().startsWith(u"<b>Out of date:</b> Apply changed the target since"_s), qPrintable(summary()));
}

void TestPreviewStale::savingAScriptMakesItOutOfDate()
{
    dryRun();
    MigrationTreeModel *model = m_window->migrationModel();
    const QString key = model->index(0, 0, model->index(MigrationTreeModel::Pending, 0))
                            .data(MigrationTreeModel::KeyRole)
                            .toString();
    MigrationEditor *editor = m_window->openMigration(key);
    QVERIFY(editor);
    editor->up()->setFocus();
    editor->up()->append(u"\n-- reviewed\n"_s);
    QTest::keyClick(editor->up(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(m_window->preview()->isOutOfDate());
    QVERIFY2(summary().contains(u"was saved since"_s), qPrintable(summary()));
}

QTEST_MAIN(TestPreviewStale)
#include "tst_previewstale.moc"
