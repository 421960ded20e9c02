#include "items/migrationtreemodel.h"

#include "mainwindow.h"
#include "previewpanel.h"
#include "profilesdialog.h"

#include "support/demowindow.h"
#include "support/modal.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! The window on a folder that is not a project yet (issue #19, item 1), driven as a new
    user would: the migrations it holds are listed, Connect… makes the first profile and
    writes godwit.json after asking, File › New project makes an empty one. */
class TestFirstRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useTestSettings(); }
    void init();
    void cleanup();
    void folderWithoutProjectFileListsItsMigrations();
    void connectWritesTheProjectFileAfterAsking();
    void newProjectIsEmptyAndReady();
    void lastProjectsWorkDoesNotFollow();

private:
    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_window || !m_window->isBusy(), 30000); }
    int pending() const { return m_window->migrationModel()->count(MigrationTreeModel::Pending); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    std::unique_ptr<MainWindow> m_window;
};

void TestFirstRun::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // Two golang-migrate migrations in db/migrations, and nothing else.
    m_folder = m_dir->filePath(u"shop"_s);
    QDir().mkpath(m_folder + u"/db/migrations"_s);
    const QList<std::pair<QString, QByteArray>> files{
        {u"000001_customers.up.sql"_s, "CREATE TABLE customers (id integer PRIMARY KEY);\n"},
        {u"000001_customers.down.sql"_s, "DROP TABLE customers;\n"},
        {u"000002_orders.up.sql"_s, "CREATE TABLE orders (id integer PRIMARY KEY);\n"},
        {u"000002_orders.down.sql"_s, "DROP TABLE orders;\n"}};
    for (const auto &[name, sql] : files) {
        QFile f(m_folder + u"/db/migrations/"_s + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(sql);
    }
    m_window = std::make_unique<MainWindow>();
    m_window->show();
}

void TestFirstRun::cleanup()
{
    waitIdle();
    m_window.reset();
}

void TestFirstRun::folderWithoutProjectFileListsItsMigrations()
{
    QVERIFY(!m_window->openProject(m_folder)); // no profile to work on
    waitIdle();
    QCOMPARE(pending(), 2);
    QVERIFY(m_window->connectButton()->isVisible());
    QVERIFY(m_window->profilesAction()->isEnabled());
    QVERIFY(m_window->newMigrationAction()->isEnabled());
    for (QAction *a : {m_window->dryRunAction(), m_window->applyAction(), m_window->rollBackAction()})
        QVERIFY2(!a->isEnabled(), qPrintable(a->text())); // nothing to run them on
    const QString said = m_window->statusBar()->currentMessage();
    QVERIFY2(said.contains(u"has no godwit.json"_s) && said.contains(u"Connect…"_s), qPrintable(said));
    QVERIFY(!QFile::exists(m_folder + u"/godwit.json"_s));
}

void TestFirstRun::connectWritesTheProjectFileAfterAsking()
{
    m_window->openProject(m_folder);
    waitIdle();
    bool asked = false;
    test::whenModal<ProfilesDialog>(this, [&](ProfilesDialog *dialog) {
        dialog->addProfile();
        dialog->nameEdit()->setText(u"local"_s);
        dialog->driverBox()->setCurrentText(u"sqlite"_s);
        dialog->pathEdit()->setText(u"shop.sqlite3"_s);
        test::whenModal<QMessageBox>(this, [&](QMessageBox *box) {
            asked = box->text().contains(u"Godwit will create"_s) && box->text().contains(u"with 1 profile"_s);
            QVERIFY(!QFile::exists(m_folder + u"/godwit.json"_s)); // not before the answer
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        if (dialog->isVisible()) { // refused: say why rather than wait
            qWarning("the profile was refused: %s", qPrintable(dialog->testResult()->text()));
            dialog->reject();
        }
    });
    QTest::mouseClick(m_window->connectButton(), Qt::LeftButton);
    QVERIFY(asked);
    QFile file(m_folder + u"/godwit.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(u"profiles"_s).toObject().value(u"local"_s).toObject().value(u"path"_s).toString(),
             u"shop.sqlite3"_s);
    waitIdle();
    // The window works on the new profile, on the same migrations.
    QCOMPARE(m_window->findChild<QComboBox *>()->currentText(), u"local"_s);
    QCOMPARE(pending(), 2);
    QVERIFY(!m_window->connectButton()->isVisible());
    QVERIFY(m_window->dryRunAction()->isEnabled());
}

void TestFirstRun::newProjectIsEmptyAndReady()
{
    const QString fresh = m_dir->filePath(u"fresh"_s);
    QVERIFY(m_window->newProject(fresh, Format::GolangMigrate));
    waitIdle();
    QVERIFY(QFileInfo(fresh + u"/migrations"_s).isDir());
    QFile file(fresh + u"/godwit.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"golang-migrate"_s);
    QCOMPARE(root.value(u"migrations"_s).toString(), u"migrations"_s);
    QCOMPARE(pending(), 0);
    QVERIFY(m_window->connectButton()->isVisible());
    QVERIFY(m_window->newMigrationAction()->isEnabled());
    // Made once: a second time is refused, the file kept.
    QVERIFY(!m_window->newProject(fresh, Format::Dbmate));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"already holds a godwit.json"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestFirstRun::lastProjectsWorkDoesNotFollow()
{
    // The demo project with a deployment under way and a dry run on screen ...
    QTemporaryDir demoDir;
    QString demo, error;
    m_window = test::openDemoWindow(demoDir, &demo, &error);
    QVERIFY2(m_window, qPrintable(error));
    m_window->startDeployment({});
    waitIdle();
    QVERIFY(m_window->deploymentSession()->current());
    m_window->dryRun();
    waitIdle();
    QVERIFY(m_window->preview()->hasReport());
    // ... then a folder with no profile: neither is this folder's.
    QVERIFY(!m_window->openProject(m_folder));
    waitIdle();
    QVERIFY(!m_window->deploymentSession()->current());
    QVERIFY(!m_window->startDeploymentAction()->isEnabled());
    QVERIFY(!m_window->preview()->hasReport());
    const QString said = m_window->preview()->summary()->text();
    QVERIFY2(!said.contains(u"F6"_s) && said.contains(u"needs a database"_s), qPrintable(said));
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
