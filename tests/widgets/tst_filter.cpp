#include "items/migrationtreemodel.h"

#include "mainwindow.h"
#include "migrationfilter.h"
#include "migrationspanel.h"

#include "support/demowindow.h"

#include <QAction>
#include <QFile>
#include <QSignalSpy>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! The migrations filter (issue #19, item 7), typed as a user types it on the demo project
    (SQLite, seven of ten applied): it finds SQL text, its groups count what they show, it
    says when nothing matches, and clearing it gives the whole tree back as it was. */
class TestFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useTestSettings(); }
    void init();
    void cleanup();
    void findsSqlTextAndCountsWhatItShows();
    void saysWhenNothingMatches();
    void clearingGivesTheTreeBack();
    void findsWhatAScriptHoldsNow();

private:
    void type(const QString &text);
    QStringList groupLabels() const;
    QTreeView *view() const { return m_window->migrationsPanel()->view(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;
};

void TestFilter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_window = test::openDemoWindow(*m_dir, &m_project, &error);
    QVERIFY2(m_window, qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 30000);
}

void TestFilter::cleanup()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 30000);
    m_window.reset();
}

void TestFilter::type(const QString &text)
{
    QLineEdit *filter = m_window->migrationsPanel()->filter();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(filter, Qt::Key_Backspace);
    else
        QTest::keyClicks(filter, text);
    QTRY_COMPARE(m_window->migrationsPanel()->filterModel()->text(), text); // once typing pauses
}

QStringList TestFilter::groupLabels() const
{
    QStringList labels;
    for (int row = 0; row < view()->model()->rowCount(); ++row)
        labels << view()->model()->index(row, 0).data().toString();
    return labels;
}

void TestFilter::findsSqlTextAndCountsWhatItShows()
{
    type(u"drop column"_s);
    // 000008's down and 000010's up drop a column; neither says so in its name.
    QCOMPARE(groupLabels(), QStringList{u"Pending (2 of 3)"_s});
    QCOMPARE(m_window->migrationsPanel()->filterModel()->shownMigrations(), 2);
    QVERIFY(m_window->migrationsPanel()->noMatches()->isHidden());
    // The version still finds its migration.
    type(u"000004"_s);
    QCOMPARE(groupLabels(), QStringList{u"Applied (1 of 7)"_s});
}

void TestFilter::saysWhenNothingMatches()
{
    type(u"no such words anywhere"_s);
    QCOMPARE(m_window->migrationsPanel()->filterModel()->shownMigrations(), 0);
    QLabel *none = m_window->migrationsPanel()->noMatches();
    QVERIFY(none->isVisible());
    QCOMPARE(none->text(), u"No migration matches “no such words anywhere” in its version, description, status or SQL."_s);
}

void TestFilter::clearingGivesTheTreeBack()
{
    const int versionWidth = view()->columnWidth(MigrationTreeModel::Version);
    const int statusWidth = view()->columnWidth(MigrationTreeModel::Status);
    type(u"index"_s);
    type(QString());
    QCOMPARE(groupLabels(), (QStringList{u"Applied (7)"_s, u"Pending (3)"_s, u"Problems (0)"_s, u"Repeatable (0)"_s}));
    QCOMPARE(m_window->migrationsPanel()->filterModel()->shownMigrations(), 10);
    for (int row = 0; row < view()->model()->rowCount(); ++row)
        QVERIFY(view()->isExpanded(view()->model()->index(row, 0)));
    QCOMPARE(view()->columnWidth(MigrationTreeModel::Version), versionWidth);
    QCOMPARE(view()->columnWidth(MigrationTreeModel::Status), statusWidth);
    QVERIFY(m_window->migrationsPanel()->noMatches()->isHidden());
}

void TestFilter::findsWhatAScriptHoldsNow()
{
    type(u"drop column"_s); // every script read once
    QCOMPARE(m_window->migrationsPanel()->filterModel()->shownMigrations(), 2);
    // 000009 changed outside the window; the next read of the folder is what the filter finds.
    QFile file(m_project + u"/migrations/000009_backfill_customer_full_name.up.sql"_s);
    QVERIFY(file.open(QIODevice::Append));
    file.write("\n-- reviewed by the night shift\n");
    file.close();
    QSignalSpy refreshed(m_window.get(), &MainWindow::statusRefreshed);
    m_window->refreshAction()->trigger();
    QVERIFY(refreshed.wait(20000));
    type(u"night shift"_s);
    QCOMPARE(m_window->migrationsPanel()->filterModel()->shownMigrations(), 1);
}

QTEST_MAIN(TestFilter)
#include "tst_filter.moc"
