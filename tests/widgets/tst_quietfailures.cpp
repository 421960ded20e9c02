#include "items/problemsmodel.h"

#include "mainwindow.h"
#include "migrationeditor.h"
#include "previewpanel.h"
#include "problemspanel.h"
#include "sqleditor.h"

#include "migrations/scriptloader.h"
#include "workbench/lintrun.h"

#include "support/demowindow.h"
#include "support/modal.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! Nothing fails quietly (issue #19, item 5): on the demo project (SQLite, seven of ten
    applied), a script that does not split is a finding with a marker, the dry run says why
    with its excerpt as written, and F6 asks before it saves anything. */
class TestQuietFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useTestSettings(); }
    void init();
    void cleanup();
    void aScriptThatDoesNotSplitIsAFinding();
    void theDryRunSaysWhyWithTheExcerpt();
    void runningAsksBeforeSaving();
    void aScriptThatCannotBeReadIsNotCalledUnsplittable();

private:
    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 30000); }
    void write(const QByteArray &up);
    void refresh();
    int rowsOf(const QString &rule) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;
};

void TestQuietFailures::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_window = test::openDemoWindow(*m_dir, &m_project, &error);
    QVERIFY2(m_window, qPrintable(error));
    waitIdle();
}

void TestQuietFailures::cleanup()
{
    waitIdle();
    m_window.reset();
}

void TestQuietFailures::write(const QByteArray &up)
{
    QFile file(m_project + u"/migrations/000011_quoted.up.sql"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(up);
}

void TestQuietFailures::refresh()
{
    QSignalSpy refreshed(m_window.get(), &MainWindow::statusRefreshed);
    m_window->refreshAction()->trigger();
    QVERIFY(refreshed.wait(20000));
}

int TestQuietFailures::rowsOf(const QString &rule) const
{
    ProblemsModel *model = m_window->problems()->model();
    int rows = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        rows += model->index(r, ProblemsModel::Rule).data().toString() == rule;
    return rows;
}

void TestQuietFailures::aScriptThatDoesNotSplitIsAFinding()
{
    write("CREATE TABLE notes (body TEXT);\nINSERT INTO notes VALUES ('never closed);\n");
    refresh();
    QCOMPARE(rowsOf(u"unsplittable"_s), 1);
    QCOMPARE(rowsOf(u"drop-column"_s), 1); // the other scripts' findings are still there
    const QString summary = m_window->problems()->summary()->text();
    QVERIFY2(summary.startsWith(u"Errors: 2"_s), qPrintable(summary));
    SqlEditor *up = m_window->openMigration(u"11"_s)->up();
    QVERIFY(up->findingLines().contains(2));
    QVERIFY2(up->findingsTip(2).contains(u"unsplittable"_s), qPrintable(up->findingsTip(2)));
}

void TestQuietFailures::theDryRunSaysWhyWithTheExcerpt()
{
    write("CREATE TABLE notes (body TEXT);\nINSERT INTO notes VALUES ('never closed);\n");
    refresh();
    QSignalSpy finished(m_window.get(), &MainWindow::jobFinished);
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QVERIFY(finished.wait(30000));
    const QString said = m_window->preview()->summary()->text();
    QVERIFY2(said.contains(u"Dry run failed."_s) && said.contains(u"Dry run on local"_s), qPrintable(said));
    // The excerpt keeps its lines, so the caret stands under the column it points at.
    QVERIFY2(said.contains(u"<pre"_s) && said.contains(u"000011_quoted.up.sql:2:"_s), qPrintable(said));
    const QString status = m_window->statusBar()->currentMessage();
    QVERIFY2(!status.contains(u'\n') && status.contains(u"dry run failed"_s), qPrintable(status));
}

void TestQuietFailures::runningAsksBeforeSaving()
{
    write("CREATE TABLE notes (body TEXT);\n");
    refresh();
    MigrationEditor *editor = m_window->openMigration(u"11"_s);
    waitIdle();
    editor->up()->setFocus();
    editor->up()->setCursorPosition(1, 0);
    QTest::keyClicks(editor->up(), u"CREATE INDEX notes_body ON notes (body);"_s);
    QVERIFY(editor->isModified());
    // Cancel: nothing saved, nothing run.
    QString asked;
    test::whenModal<QMessageBox>(this, [&](QMessageBox *box) {
        asked = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QSignalSpy finished(m_window.get(), &MainWindow::jobFinished);
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QVERIFY2(asked.contains(u"Unsaved edits in 1 migration: 000011 quoted."_s), qPrintable(asked));
    QVERIFY(editor->isModified());
    QVERIFY(!m_window->isBusy());
    QVERIFY(!m_window->preview()->hasReport());
    m_window->activateWindow(); // back in the window once the question is gone
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Save and Continue: the dry run runs what was saved.
    test::whenModal<QMessageBox>(this, [](QMessageBox *box) {
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == u"Save and Continue"_s)
                b->click();
        }
    });
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QVERIFY(finished.wait(30000));
    QVERIFY(!editor->isModified());
    QFile file(m_project + u"/migrations/000011_quoted.up.sql"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("CREATE INDEX notes_body"));
    QVERIFY2(m_window->preview()->summary()->text().contains(u"Dry run passed"_s),
             qPrintable(m_window->preview()->summary()->text()));
}

void TestQuietFailures::aScriptThatCannotBeReadIsNotCalledUnsplittable()
{
    // The loader's own errors: a file gone since the folder was read, and one that does not split.
    Script gone;
    gone.path = m_project + u"/migrations/000012_gone.up.sql"_s;
    gone.parts = {ScriptPart{0, 10, false}};
    const LoadedScript missing = loadScript(gone, Dialect::SQLite);
    QVERIFY(missing.split.error);
    const Finding notRead = unsplittableFinding(*missing.split.error);
    QCOMPARE(notRead.rule, u"script-not-read"_s);
    QVERIFY2(notRead.message.text().startsWith(u"cannot read the file"_s), qPrintable(notRead.message.text()));

    write("INSERT INTO notes VALUES ('never closed);\n");
    Script open;
    open.path = m_project + u"/migrations/000011_quoted.up.sql"_s;
    open.parts = {ScriptPart{0, QFileInfo(open.path).size(), false}};
    const LoadedScript unsplit = loadScript(open, Dialect::SQLite);
    QVERIFY(unsplit.split.error);
    const Finding split = unsplittableFinding(*unsplit.split.error);
    QCOMPARE(split.rule, u"unsplittable"_s);
    QVERIFY(!split.statement.isEmpty()); // the excerpt, with its caret
}

QTEST_MAIN(TestQuietFailures)
#include "tst_quietfailures.moc"
