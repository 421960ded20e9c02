#include "items/migrationtreemodel.h"

#include "demo/demoproject.h"
#include "logpanel.h"
#include "mainwindow.h"

#include "support/demowindow.h"
#include "support/modal.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! Another tool's history and baselines in the real window (issue #17), on a copy of the
    demo project (SQLite, seven of ten applied), driven as a user would: the tree's context
    menu, the confirmation, the status bar's Adopt. */
class TestWindowAdopt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void markAppliedFromTheTree();
    void foundTableIsAdoptedFromTheStatusBar();

private:
    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 30000); }
    QString pendingKey(int row) const;
    /*! Right-clicks the tree's row of key and chooses text in the menu. */
    void chooseInRowMenu(const QString &key, const QString &text);
    QStringList query(const QString &sql) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowAdopt::initTestCase()
{
    test::useTestSettings();
}

void TestWindowAdopt::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_window = test::openDemoWindow(*m_dir, &m_project, &error);
    QVERIFY2(m_window, qPrintable(error));
    waitIdle();
}

void TestWindowAdopt::cleanup()
{
    waitIdle();
    m_window.reset();
}

QString TestWindowAdopt::pendingKey(int row) const
{
    MigrationTreeModel *model = m_window->migrationModel();
    return model->index(row, 0, model->index(MigrationTreeModel::Pending, 0)).data(MigrationTreeModel::KeyRole).toString();
}

void TestWindowAdopt::chooseInRowMenu(const QString &key, const QString &text)
{
    auto *view = m_window->findChild<QTreeView *>();
    QVERIFY(view);
    QModelIndex row;
    const QModelIndexList hits = view->model()->match(view->model()->index(0, 0), MigrationTreeModel::KeyRole, key, 1,
                                                      Qt::MatchExactly | Qt::MatchRecursive);
    QVERIFY(!hits.isEmpty());
    row = hits.first();
    view->scrollTo(row);
    const QPoint at = view->visualRect(row).center();
    bool chosen = false;
    QTimer::singleShot(50, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *a : menu->actions()) {
            if (a->text() == text) {
                menu->setActiveAction(a);
                QTest::keyClick(menu, Qt::Key_Return);
                chosen = true;
            }
        }
        if (!chosen)
            menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    QTRY_VERIFY(chosen);
}

QStringList TestWindowAdopt::query(const QString &sql) const
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(m_project + u"/shop.sqlite"_s);
        QSqlQuery q(db);
        if (db.open() && q.exec(sql)) {
            while (q.next())
                rows << q.value(0).toString();
        } else {
            rows << q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return rows;
}

// Mark as applied up to the second pending migration: the list is shown before anything is
// recorded; cancelled, nothing; confirmed, both are applied, audited, and none ran.
void TestWindowAdopt::markAppliedFromTheTree()
{
    MigrationTreeModel *model = m_window->migrationModel();
    QCOMPARE(model->count(MigrationTreeModel::Applied), 7);
    const QString first = pendingKey(0);
    const QString second = pendingKey(1);
    QString listed;
    test::whenModal<QMessageBox>(this, [&listed](QMessageBox *box) {
        listed = box->text() + u'\n' + box->detailedText();
        box->button(QMessageBox::Cancel)->click();
    });
    chooseInRowMenu(second, u"Mark as applied up to here…"_s);
    QTRY_VERIFY(!listed.isEmpty());
    QVERIFY2(listed.contains(u"Record 2 migrations as applied"_s) && listed.contains(first) && listed.contains(second),
             qPrintable(listed));
    waitIdle();
    QCOMPARE(model->count(MigrationTreeModel::Applied), 7);

    const QStringList tablesBefore = query(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    test::whenModal<QMessageBox>(this, [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    chooseInRowMenu(second, u"Mark as applied up to here…"_s);
    QTRY_COMPARE_WITH_TIMEOUT(model->count(MigrationTreeModel::Applied), 9, 30000);
    QCOMPARE(model->count(MigrationTreeModel::Pending), 1);
    QCOMPARE(query(u"SELECT count(*) FROM godwit_audit_log WHERE action = 'baseline'"_s), QStringList{u"2"_s});
    QCOMPARE(query(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s), tablesBefore);
    QVERIFY2(m_window->log()->toPlainText().contains(u"recorded 2 of 2 migrations as applied"_s),
             qPrintable(m_window->log()->toPlainText()));
}

// A dbmate table on the target: the status bar says what it holds and offers Adopt; adopted,
// godwit.json says so and the migration it lists shows as applied.
void TestWindowAdopt::foundTableIsAdoptedFromTheStatusBar()
{
    const QString first = pendingKey(0);
    QVERIFY(query(u"CREATE TABLE schema_migrations (version VARCHAR(128) PRIMARY KEY)"_s).isEmpty());
    QVERIFY(query(u"INSERT INTO schema_migrations VALUES ('%1')"_s.arg(first)).isEmpty());
    QSignalSpy refreshed(m_window.get(), &MainWindow::statusRefreshed);
    m_window->refreshAction()->trigger();
    QVERIFY(refreshed.wait(20000));
    auto *adopt = m_window->findChild<QPushButton *>(u"adoptButton"_s);
    QVERIFY(adopt && adopt->isVisible());
    const QString said = m_window->statusBar()->findChildren<QLabel *>().last()->text();
    const QList<QLabel *> labels = m_window->statusBar()->findChildren<QLabel *>();
    QVERIFY2(std::any_of(labels.cbegin(), labels.cend(),
                         [](QLabel *l) { return l->text().startsWith(u"found: schema_migrations (dbmate): 1 applied"_s); }),
             qPrintable(said));
    test::whenModal<QMessageBox>(this, [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QTest::mouseClick(adopt, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->migrationModel()->count(MigrationTreeModel::Applied), 8, 30000);
    QFile project(m_project + u"/godwit.json"_s);
    QVERIFY(project.open(QIODevice::ReadOnly));
    QVERIFY(project.readAll().contains("\"adopt\": \"dbmate\""));
    QTRY_VERIFY(std::any_of(labels.cbegin(), labels.cend(),
                            [](QLabel *l) { return l->text() == u"history: dbmate's, adopted"_s; }));
    QVERIFY(!adopt->isVisible());
}

QTEST_MAIN(TestWindowAdopt)
#include "tst_windowadopt.moc"
