#include "items/migrationtreemodel.h"

#include "logpanel.h"
#include "mainwindow.h"
#include "migrationeditor.h"
#include "sqleditor.h"

#include "support/demowindow.h"
#include "support/modal.h"

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QAction>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! Markers belong to the text they were made on, and an editor shows its file as it is on
    disk (issue #19, items 3 and 4): on the demo project (SQLite, seven of ten applied) with
    a pending migration that fails, driven as a developer would. */
class TestStaleText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useTestSettings(); }
    void init();
    void cleanup();
    void markerFollowsItsStatementAndGoesWhenItIsRewritten();
    void aPassingRunTakesTheMarkerOff();
    void failureAndLintShowOnTheSameLine();
    void reopeningShowsTheFileAsItIsNow();
    void reloadFromDiskKeepsLint();
    void unsavedEditsThatDifferAreSaid();
    void fileChangedOnDiskReloadsOrAsks();
    void labelsNameTheFilesAsTheyAreNow();
    void failureInASectionFileMarksItsSection();

private:
    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 30000); }
    QString path(const QString &name) const { return m_project + u"/migrations/"_s + name; }
    void write(const QString &name, const QByteArray &text);
    /*! F6 and its result; the editor of the broken migration is then open. */
    void dryRun();
    MigrationEditor *broken();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;
};

void TestStaleText::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_window = test::openDemoWindow(*m_dir, &m_project, &error);
    QVERIFY2(m_window, qPrintable(error));
    waitIdle();
    // Its fourth line fails on SQLite: there is no table "nowhere".
    write(u"000011_broken.up.sql"_s, "-- a table, then a statement that fails\nCREATE TABLE fine (id INTEGER);\n"
                                     "INSERT INTO nowhere (id)\n  VALUES (1);\nSELECT 1;\n");
    write(u"000011_broken.down.sql"_s, "DROP TABLE fine;\n");
    QSignalSpy refreshed(m_window.get(), &MainWindow::statusRefreshed);
    m_window->refreshAction()->trigger();
    QVERIFY(refreshed.wait(20000));
}

void TestStaleText::cleanup()
{
    waitIdle();
    m_window.reset();
}

void TestStaleText::write(const QString &name, const QByteArray &text)
{
    QFile file(path(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

void TestStaleText::dryRun()
{
    QSignalSpy finished(m_window.get(), &MainWindow::jobFinished);
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QVERIFY(finished.wait(30000));
    waitIdle();
}

MigrationEditor *TestStaleText::broken()
{
    return m_window->openMigration(u"11"_s);
}

void TestStaleText::markerFollowsItsStatementAndGoesWhenItIsRewritten()
{
    dryRun();
    MigrationEditor *editor = broken();
    QVERIFY(editor);
    SqlEditor *up = editor->up();
    QCOMPARE(up->failureLines(), QList<int>{3});
    // A line typed above moves the marker with its statement.
    up->setFocus();
    up->setCursorPosition(0, 0);
    QTest::keyClicks(up, u"-- reviewed."_s);
    QTest::keyClick(up, Qt::Key_Return);
    QCOMPARE(up->failureLines(), QList<int>{4});
    QVERIFY(up->markerMessage(4).contains(u"no such table: nowhere"_s));
    // An edit elsewhere keeps it; an edit of the statement's second line takes it off.
    up->setCursorPosition(5, 0);
    QTest::keyClicks(up, u"-- x"_s);
    QCOMPARE(up->failureLines(), QList<int>{4});
    up->setCursorPosition(4, 2);
    QTest::keyClicks(up, u"  "_s);
    QVERIFY(up->failureLines().isEmpty());
    QVERIFY(up->markerMessage(4).isEmpty());
}

void TestStaleText::aPassingRunTakesTheMarkerOff()
{
    dryRun();
    SqlEditor *up = broken()->up();
    QCOMPARE(up->failureLines(), QList<int>{3});
    // Fixed outside the window; the editor follows the file, and the next dry run passes.
    write(u"000011_broken.up.sql"_s, "-- a table, then a statement that fails\nCREATE TABLE fine (id INTEGER);\n"
                                     "INSERT INTO fine (id)\n  VALUES (1);\nSELECT 1;\n");
    QTRY_VERIFY_WITH_TIMEOUT(up->text().contains(u"INSERT INTO fine"_s), 10000);
    waitIdle();
    dryRun();
    QVERIFY(up->failureLines().isEmpty());
}

void TestStaleText::failureAndLintShowOnTheSameLine()
{
    // A DROP TABLE is a lint finding; of a table that is not there, a failure too.
    write(u"000011_broken.up.sql"_s, "CREATE TABLE fine (id INTEGER);\nDROP TABLE nowhere;\n");
    QSignalSpy refreshed(m_window.get(), &MainWindow::statusRefreshed);
    m_window->refreshAction()->trigger();
    QVERIFY(refreshed.wait(20000));
    dryRun();
    SqlEditor *up = broken()->up();
    QCOMPARE(up->failureLines(), QList<int>{2});
    QVERIFY(up->findingLines().contains(2));
    // Each in a margin of its own: neither symbol covers the other.
    const unsigned marked = unsigned(up->markersAtLine(1));
    int margins = 0;
    for (int m = 0; m < 5; ++m) {
        if (up->marginType(m) == QsciScintilla::SymbolMargin && (unsigned(up->marginMarkerMask(m)) & marked))
            ++margins;
    }
    QCOMPARE(margins, 2);
}

void TestStaleText::reopeningShowsTheFileAsItIsNow()
{
    MigrationEditor *editor = broken();
    QVERIFY(editor);
    auto *tabs = m_window->findChild<QTabWidget *>(u"editors"_s);
    QVERIFY(tabs);
    Q_EMIT tabs->tabCloseRequested(tabs->indexOf(editor));
    QTRY_VERIFY(!m_window->findChild<MigrationEditor *>());
    // Longer on disk than when the folder was read.
    write(u"000011_broken.up.sql"_s, "CREATE TABLE fine (id INTEGER);\nCREATE INDEX fine_id ON fine (id);\n"
                                     "-- a longer file than before\n");
    editor = broken();
    QCOMPARE(editor->up()->text(), u"CREATE TABLE fine (id INTEGER);\nCREATE INDEX fine_id ON fine (id);\n"
                                   "-- a longer file than before\n"_s);
    QVERIFY(!editor->up()->isReadOnly());
    editor->up()->setFocus();
    editor->up()->setCursorPosition(0, 0);
    QTest::keyClicks(editor->up(), u"-- typed."_s);
    QTest::keyClick(editor->up(), Qt::Key_Return);
    QVERIFY2(editor->up()->text().startsWith(u"-- typed.\n"_s), qPrintable(editor->up()->text()));
    QVERIFY(editor->isModified());
    waitIdle(); // the read that opening started
}

void TestStaleText::reloadFromDiskKeepsLint()
{
    write(u"000011_broken.up.sql"_s, "CREATE TABLE fine (id INTEGER);\n");
    QSignalSpy refreshed(m_window.get(), &MainWindow::statusRefreshed);
    m_window->refreshAction()->trigger();
    QVERIFY(refreshed.wait(20000));
    SqlEditor *up = broken()->up();
    QVERIFY(up->findingLines().isEmpty());
    write(u"000011_broken.up.sql"_s, "CREATE TABLE fine (id INTEGER);\nDROP TABLE customers;\n");
    QTRY_VERIFY_WITH_TIMEOUT(up->text().contains(u"DROP TABLE customers"_s), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(up->findingLines(), QList<int>{2}, 20000);
}

void TestStaleText::unsavedEditsThatDifferAreSaid()
{
    MigrationEditor *editor = broken();
    editor->up()->setFocus();
    editor->up()->setCursorPosition(0, 0);
    // A full stop ends the word: no completion list takes the Return.
    QTest::keyClicks(editor->up(), u"-- mine."_s);
    QTest::keyClick(editor->up(), Qt::Key_Return);
    QVERIFY2(editor->up()->text().startsWith(u"-- mine.\n"_s), qPrintable(editor->up()->text()));
    // A read of the folder while the file has not moved: nothing to say.
    QSignalSpy refreshed(m_window.get(), &MainWindow::statusRefreshed);
    m_window->refreshAction()->trigger();
    QVERIFY(refreshed.wait(20000));
    QVERIFY(!editor->saysChangedOnDisk());
    write(u"000011_broken.up.sql"_s, "-- theirs\n");
    QTRY_VERIFY_WITH_TIMEOUT(editor->saysChangedOnDisk(), 10000);
    QVERIFY2(editor->up()->text().startsWith(u"-- mine.\n"_s), qPrintable(editor->up()->text())); // nothing of mine is lost
}

void TestStaleText::fileChangedOnDiskReloadsOrAsks()
{
    // Without the broken migration, the dry run below passes.
    QVERIFY(QFile::remove(path(u"000011_broken.up.sql"_s)) && QFile::remove(path(u"000011_broken.down.sql"_s)));
    MigrationEditor *editor = m_window->openMigration(u"8"_s);
    QVERIFY(editor);
    const QString down = editor->migration().down->path;
    const auto writeFile = [&down](const QByteArray &text) {
        QFile file(down);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    };
    // No edits of ours: the editor follows the file.
    writeFile("-- changed elsewhere\nALTER TABLE customers DROP COLUMN full_name;\n");
    QTRY_VERIFY_WITH_TIMEOUT(editor->down()->text().startsWith(u"-- changed elsewhere"_s), 10000);
    QVERIFY(!editor->isModified());
    // With edits of ours: it asks, and "Keep mine" keeps them.
    editor->down()->append(u"-- mine\n"_s);
    writeFile("-- changed again\n");
    QPushButton *keep = nullptr;
    QPushButton *reload = nullptr;
    for (QPushButton *b : editor->findChildren<QPushButton *>()) {
        if (b->text() == u"Keep mine"_s)
            keep = b;
        if (b->text() == u"Reload"_s)
            reload = b;
    }
    QVERIFY(keep && reload);
    QTRY_VERIFY_WITH_TIMEOUT(keep->isVisible(), 10000);
    QVERIFY(editor->down()->text().contains(u"-- mine"_s));
    keep->click();
    QVERIFY(!keep->isVisible());
    QVERIFY(editor->down()->text().contains(u"-- mine"_s));
    QVERIFY(editor->isModified());
    // The log has the operations with their SQL.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 30000); // the folder read again after the reload
    QVERIFY(!keep->isVisible()); // and not asked again for the same change
    test::whenModal<QMessageBox>(this, [](QMessageBox *box) { box->defaultButton()->click(); }); // Save and Continue
    QSignalSpy finished(m_window.get(), &MainWindow::jobFinished);
    m_window->dryRunAction()->trigger(); // saves first: our edit wins, and the dry run shows it ran
    QVERIFY(finished.wait(30000));
    QTRY_VERIFY(m_window->log()->toPlainText().contains(u"ALTER TABLE customers ADD COLUMN full_name TEXT"_s));
}

QTEST_MAIN(TestStaleText)
void TestStaleText::labelsNameTheFilesAsTheyAreNow()
{
    write(u"000012_notes.up.sql"_s, "ALTER TABLE orders ADD COLUMN note TEXT;\n");
    QSignalSpy refreshed(m_window.get(), &MainWindow::statusRefreshed);
    m_window->refreshAction()->trigger();
    QVERIFY(refreshed.wait(20000));
    waitIdle();
    MigrationEditor *editor = m_window->openMigration(u"12"_s);
    QVERIFY(editor);
    QCOMPARE(editor->upLabel(), u"Up — 000012_notes.up.sql"_s);
    QCOMPARE(editor->downLabel(), u"Down — none (irreversible)"_s);
    // The down written outside the window: the label says so once the folder is read again.
    write(u"000012_notes.down.sql"_s, "ALTER TABLE orders DROP COLUMN note;\n");
    m_window->refreshAction()->trigger();
    QVERIFY(refreshed.wait(20000));
    waitIdle();
    QCOMPARE(editor->downLabel(), u"Down — 000012_notes.down.sql"_s);
    QCOMPARE(editor->down()->text(), u"ALTER TABLE orders DROP COLUMN note;\n"_s);
}

// dbmate keeps the up and the down in one file: a down that fails marks the down editor, on
// the line of its own text, not the up editor on the file's line.
void TestStaleText::failureInASectionFileMarksItsSection()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"db/migrations"_s));
    QFile json(dir.filePath(u"godwit.json"_s));
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(R"({"format": "dbmate", "migrations": "db/migrations",
                  "profiles": {"dev": {"driver": "sqlite", "path": "dev.db"}}})");
    json.close();
    QFile sql(dir.filePath(u"db/migrations/20260101000000_notes.sql"_s));
    QVERIFY(sql.open(QIODevice::WriteOnly));
    sql.write("-- migrate:up\nCREATE TABLE notes (id INTEGER);\nDELETE FROM notes;\n\n-- migrate:down\nDROP TABLE notes;\n"
              "DROP TABLE nowhere;\n");
    sql.close();
    QSignalSpy refreshed(m_window.get(), &MainWindow::statusRefreshed);
    QVERIFY(m_window->openProject(dir.path()));
    QVERIFY(refreshed.wait(20000));
    waitIdle();
    QSignalSpy finished(m_window.get(), &MainWindow::jobFinished);
    QTest::keyClick(m_window.get(), Qt::Key_F6, Qt::ShiftModifier); // with round trips: the down runs
    QVERIFY(finished.wait(30000));
    waitIdle();
    MigrationEditor *editor = m_window->currentEditor();
    QVERIFY(editor);
    QCOMPARE(editor->down()->failureLines(), QList<int>{2}); // line 7 of the file, 2 of the down
    QVERIFY(editor->up()->failureLines().isEmpty());
    // The lint finding of line 3 of the file is on line 2 of the up.
    QCOMPARE(editor->up()->findingLines(), QList<int>{2});
    QVERIFY(editor->up()->findingsTip(2).contains(u"delete-without-where"_s));
}

#include "tst_staletext.moc"
