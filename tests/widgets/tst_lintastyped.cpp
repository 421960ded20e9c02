#include "items/problemsmodel.h"

#include "mainwindow.h"
#include "migrationeditor.h"
#include "problemspanel.h"
#include "sqleditor.h"

#include "support/demowindow.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>

#include "support/modal.h"

using namespace godwit;
using namespace Qt::StringLiterals;

/*! Lint as you type (issue #19, item 8), on the demo project (SQLite, seven of ten applied):
    what the developer types is linted once typing pauses, before any save, and Alt+5
    brings the Problems dock to the front when it is behind another tab. */
class TestLintAsTyped : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useTestSettings(); }
    void init();
    void cleanup();
    void typingIsLintedBeforeSaving();
    void aStringLeftOpenIsSaidAsYouType();
    void discardedEditsTakeTheirFindingsAway();
    void altFiveBringsProblemsToTheFront();

private:
    SqlEditor *typeAtEnd(const QString &text);
    int rowsOf(const QString &rule) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;
};

void TestLintAsTyped::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_window = test::openDemoWindow(*m_dir, &m_project, &error);
    QVERIFY2(m_window, qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 30000);
}

void TestLintAsTyped::cleanup()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 30000);
    m_window.reset();
}

SqlEditor *TestLintAsTyped::typeAtEnd(const QString &text)
{
    MigrationEditor *editor = m_window->openMigration(u"9"_s); // 000009_backfill_customer_full_name
    SqlEditor *up = editor->up();
    up->setFocus();
    up->setCursorPosition(up->lines() - 1, 0);
    QTest::keyClick(up, Qt::Key_Return);
    QTest::keyClicks(up, text);
    return up;
}

int TestLintAsTyped::rowsOf(const QString &rule) const
{
    ProblemsModel *model = m_window->problems()->model();
    int rows = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        rows += model->index(r, ProblemsModel::Rule).data().toString() == rule;
    return rows;
}

void TestLintAsTyped::typingIsLintedBeforeSaving()
{
    QFile file(m_project + u"/migrations/000009_backfill_customer_full_name.up.sql"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll();
    QCOMPARE(rowsOf(u"delete-without-where"_s), 0);
    SqlEditor *up = typeAtEnd(u"DELETE FROM customers;"_s);
    const int line = up->lines();
    QTRY_VERIFY_WITH_TIMEOUT(up->findingLines().contains(line), 5000);
    QVERIFY2(up->findingsTip(line).contains(u"delete-without-where"_s), qPrintable(up->findingsTip(line)));
    QCOMPARE(rowsOf(u"delete-without-where"_s), 1);
    QCOMPARE(rowsOf(u"drop-column"_s), 1); // the other scripts' findings stay
    // Nothing was saved for it.
    file.seek(0);
    QCOMPARE(file.readAll(), onDisk);
    QVERIFY(m_window->currentEditor()->isModified());
    // Undone, the finding goes too.
    for (int i = 0; i < 2; ++i)
        QTest::keyClick(up, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(u"delete-without-where"_s), 0, 5000);
}

void TestLintAsTyped::discardedEditsTakeTheirFindingsAway()
{
    typeAtEnd(u"DELETE FROM customers;"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(u"delete-without-where"_s), 1, 5000);
    auto *tabs = m_window->findChild<QTabWidget *>(u"editors"_s);
    QVERIFY(tabs);
    test::whenModal<QMessageBox>(this, [](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
    Q_EMIT tabs->tabCloseRequested(tabs->indexOf(m_window->currentEditor()));
    QTRY_VERIFY(!m_window->findChild<MigrationEditor *>());
    // What the file holds is linted again: the typed DELETE's finding goes, the file's stay.
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(u"delete-without-where"_s), 0, 5000);
    QCOMPARE(rowsOf(u"drop-column"_s), 1);
}

void TestLintAsTyped::aStringLeftOpenIsSaidAsYouType()
{
    SqlEditor *up = typeAtEnd(u"UPDATE customers SET full_name = 'unfinished;"_s);
    const int line = up->lines();
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(u"unsplittable"_s), 1, 5000);
    QVERIFY(up->findingLines().contains(line));
}

void TestLintAsTyped::altFiveBringsProblemsToTheFront()
{
    auto *problems = m_window->findChild<QDockWidget *>(u"problemsDock"_s);
    auto *preview = m_window->findChild<QDockWidget *>(u"previewDock"_s);
    preview->raise(); // Problems is a tab behind the Preview
    QTRY_VERIFY(problems->visibleRegion().isEmpty());
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::AltModifier);
    QTRY_VERIFY(problems->isVisible() && !problems->visibleRegion().isEmpty());
    // In front, the same key hides it.
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::AltModifier);
    QTRY_VERIFY(problems->isHidden());
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::AltModifier);
    QTRY_VERIFY(problems->isVisible());
}

QTEST_MAIN(TestLintAsTyped)
#include "tst_lintastyped.moc"
