#include "findbar.h"
#include "logpanel.h"
#include "mainwindow.h"
#include "migrationeditor.h"
#include "previewpanel.h"
#include "sqleditor.h"
#include "support/demowindow.h"
#include "support/modal.h"

#include "appsettings.h"
#include "migrationspanel.h"
#include "problemspanel.h"
#include "statuscolors.h"

#include "items/migrationtreemodel.h"
#include "items/problemsmodel.h"
#include "items/statementresultsmodel.h"

#include <QAction>
#include <QApplication>
#include <QTreeView>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! The window's small things (issue #19, item 11), on the demo project: the Edit and Help
    menus and Ctrl+W, the Log that follows its newest entry, the Statements tab that gives
    the SQL the room and shows the failing statement, and a status bar that does not keep the
    progress of work that is over. */
class TestMenus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useTestSettings(); }
    void init();
    void cleanup();
    void editMenuWorksOnTheFocusedScript();
    void closeTabWithTheKeyboard();
    void shortcutsAreListedFromTheMenus();
    void logFollowsItsNewestEntry();
    void statementsShowTheFailingRow();
    void progressGoesWhenTheWorkIsDone();
    void coloursReadInBothThemes();

private:
    QAction *menuAction(const QString &menu, const QString &text) const;
    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 30000); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;
};

void TestMenus::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_window = test::openDemoWindow(*m_dir, &m_project, &error);
    QVERIFY2(m_window, qPrintable(error));
    waitIdle();
}

void TestMenus::cleanup()
{
    waitIdle();
    m_window.reset();
}

QAction *TestMenus::menuAction(const QString &menu, const QString &text) const
{
    for (QAction *top : m_window->menuBar()->actions()) {
        if (top->text().remove(u'&') != menu)
            continue;
        Q_EMIT top->menu()->aboutToShow(); // as opening it does: the actions' state is set
        for (QAction *action : top->menu()->actions()) {
            if (action->text().remove(u'&') == text)
                return action;
        }
    }
    return nullptr;
}

void TestMenus::editMenuWorksOnTheFocusedScript()
{
    QVERIFY(!menuAction(u"Edit"_s, u"Undo"_s)->isEnabled()); // no editor open
    MigrationEditor *editor = m_window->openMigration(u"9"_s);
    SqlEditor *down = editor->down();
    const QString before = down->text();
    down->setFocus();
    QTRY_VERIFY(down->hasFocus());
    down->setCursorPosition(0, 0);
    QTest::keyClicks(down, u"-- x"_s);
    QCOMPARE(down->text(), u"-- x"_s + before);
    // The editor's own Ctrl+Z undoes once: the menu's shortcut does not take it as well.
    QTest::keyClick(down, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(down->text(), before);
    // The menu acts on the down script that had the focus, not on the up.
    QAction *redo = menuAction(u"Edit"_s, u"Redo"_s);
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(down->text(), u"-- x"_s + before);
    QVERIFY(editor->isModified());
    QAction *undo = menuAction(u"Edit"_s, u"Undo"_s);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(down->text(), before);
    QVERIFY(!editor->isModified());
    QVERIFY(!menuAction(u"Edit"_s, u"Undo"_s)->isEnabled());

    // Ctrl+H opens the find bar with the replacement to type.
    QTest::keyClick(down, Qt::Key_H, Qt::ControlModifier);
    QTRY_VERIFY(editor->findBar()->isVisible());
    QVERIFY(editor->findBar()->replaceEdit()->hasFocus());
}

void TestMenus::closeTabWithTheKeyboard()
{
    MigrationEditor *editor = m_window->openMigration(u"9"_s);
    QVERIFY(editor);
    editor->up()->setFocus();
    QTest::keyClick(editor->up(), Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->findChild<MigrationEditor *>());
}

void TestMenus::shortcutsAreListedFromTheMenus()
{
    QStringList seen;
    test::whenModal<QDialog>(this, [&seen](QDialog *dialog) {
        auto *table = dialog->findChild<QTableWidget *>(u"shortcuts"_s);
        QVERIFY(table);
        for (int r = 0; r < table->rowCount(); ++r)
            seen << table->item(r, 0)->text() + u" = "_s + table->item(r, 1)->text();
        dialog->reject();
    });
    // F1 where the person is: in a script.
    MigrationEditor *editor = m_window->openMigration(u"9"_s);
    editor->up()->setFocus();
    QTest::keyClick(editor->up(), Qt::Key_F1);
    QTRY_VERIFY(!seen.isEmpty());
    // One of the keys of each (the standard keys differ between desktops).
    const auto listed = [&seen](const QString &key, const QString &does) {
        return std::any_of(seen.cbegin(), seen.cend(), [&](const QString &row) {
            return row.endsWith(u" = "_s + does) && row.section(u" = "_s, 0, 0).split(u", "_s).contains(key);
        });
    };
    const QList<QPair<QString, QString>> expected{{u"F6"_s, u"Migrations › Dry run"_s},
                                                  {u"F7"_s, u"Migrations › Apply"_s},
                                                  {u"Ctrl+W"_s, u"File › Close migration"_s},
                                                  {u"Ctrl+Z"_s, u"Edit › Undo"_s},
                                                  {u"Ctrl+Shift+Z"_s, u"Edit › Redo"_s},
                                                  {u"Alt+5"_s, u"View › Problems"_s},
                                                  {u"F1"_s, u"Help › Keyboard shortcuts"_s}};
    for (const auto &[key, does] : expected)
        QVERIFY2(listed(key, does), qPrintable(key + u" " + does + u" not in:\n"_s + seen.join(u'\n')));
    QVERIFY(menuAction(u"Help"_s, u"About Godwit"_s));
}

void TestMenus::logFollowsItsNewestEntry()
{
    LogPanel *log = m_window->log();
    auto *preview = m_window->findChild<QDockWidget *>(u"previewDock"_s);
    preview->raise(); // the Log is behind the Preview's tab
    QTRY_VERIFY(log->visibleRegion().isEmpty());
    for (int i = 0; i < 300; ++i)
        log->log(u"entry %1"_s.arg(i));
    m_window->findChild<QDockWidget *>(u"logDock"_s)->raise();
    QTRY_VERIFY(!log->visibleRegion().isEmpty());
    QScrollBar *bar = log->verticalScrollBar();
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(bar->maximum() > 0);
    // Scrolled up to read, it stays there while entries arrive; at the end, it follows again.
    bar->setValue(0);
    log->log(u"newer"_s);
    QCOMPARE(bar->value(), 0);
    bar->setValue(bar->maximum());
    log->log(u"newest"_s);
    QCOMPARE(bar->value(), bar->maximum());
}

void TestMenus::statementsShowTheFailingRow()
{
    QFile up(m_project + u"/migrations/000011_many.up.sql"_s);
    QVERIFY(up.open(QIODevice::WriteOnly));
    for (int i = 0; i < 60; ++i)
        up.write(QByteArray("CREATE TABLE t") + QByteArray::number(i) + " (id INTEGER PRIMARY KEY, note TEXT);\n");
    up.write("INSERT INTO nowhere (id) VALUES (1);\n");
    up.close();
    QSignalSpy refreshed(m_window.get(), &MainWindow::statusRefreshed);
    m_window->refreshAction()->trigger();
    QVERIFY(refreshed.wait(20000));
    waitIdle();
    m_window->resize(1400, 900);
    QSignalSpy finished(m_window.get(), &MainWindow::jobFinished);
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QVERIFY(finished.wait(30000));
    waitIdle();
    QTableView *table = m_window->preview()->statementsTable();
    m_window->findChild<QDockWidget *>(u"previewDock"_s)->raise();
    m_window->preview()->setCurrentWidget(table); // as a click on its tab does
    QTRY_VERIFY(table->isVisible());
    const QModelIndexList selected = table->selectionModel()->selectedRows(StatementResultsModel::Sql);
    QCOMPARE(selected.size(), 1);
    QVERIFY2(selected.first().data().toString().contains(u"nowhere"_s), qPrintable(selected.first().data().toString()));
    QVERIFY(selected.first().data(StatementResultsModel::OutcomeRole).toInt() == int(StatementRun::Outcome::Failed));
    QVERIFY(table->columnWidth(StatementResultsModel::Sql) > table->columnWidth(StatementResultsModel::Messages));
    QVERIFY(table->columnWidth(StatementResultsModel::Messages) <= std::max(160, table->viewport()->width() / 3));
}

void TestMenus::progressGoesWhenTheWorkIsDone()
{
    m_window->startDeployment({});
    waitIdle();
    QStringList said;
    connect(m_window->statusBar(), &QStatusBar::messageChanged, this, [&said](const QString &text) { said << text; });
    m_window->runChecks({u"rollback"_s});
    waitIdle();
    QVERIFY2(said.contains(u"checking: Every step has a rollback"_s), qPrintable(said.join(u'\n')));
    QVERIFY2(!m_window->statusBar()->currentMessage().startsWith(u"checking"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
}

// Every coloured text the window shows (the tree's states, Problems' severities) is at least
// 4.5:1 against what it is drawn on, in the light and the dark theme; the dark theme does
// not etch disabled text with a light line.
void TestMenus::coloursReadInBothThemes()
{
    const auto scoreOf = [](QAbstractItemModel *model, int column) {
        double worst = 21;
        const QColor base = QApplication::palette().color(QPalette::Base);
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < model->rowCount(parent); ++r) {
                const QVariant colour = model->index(r, column, parent).data(Qt::ForegroundRole);
                if (colour.isValid())
                    worst = std::min(worst, contrastRatio(colour.value<QColor>(), base));
                walk(model->index(r, 0, parent));
            }
        };
        walk({});
        return worst;
    };
    QVERIFY(m_window->problems()->view()->model()->rowCount() > 0);
    for (const auto theme : {AppSettings::Theme::Light, AppSettings::Theme::Dark}) {
        applyTheme(theme);
        const double tree = scoreOf(m_window->migrations()->view()->model(), MigrationTreeModel::Status);
        const double problems = scoreOf(m_window->problems()->view()->model(), ProblemsModel::Severity);
        QVERIFY2(tree >= 4.5, qPrintable(QString::number(tree)));
        QVERIFY2(problems >= 4.5, qPrintable(QString::number(problems)));
    }
    const QPalette dark = QApplication::palette();
    QCOMPARE(dark.color(QPalette::Disabled, QPalette::Light), dark.color(QPalette::Window));
    applyTheme(AppSettings::Theme::System);
}

QTEST_MAIN(TestMenus)
#include "tst_menus.moc"
