#include "profilesdialog.h"
#include "secretstore.h"

#include "demo/demoproject.h"
#include "migrations/projectfile.h"
#include "support/demowindow.h"
#include "support/modal.h"

#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! File › Connection profiles on a copy of the demo project (local: SQLite; production and
    staging: servers): what it shows for each driver, and that no password reaches a file. */
class TestProfilesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useTestSettings(); }
    void init();
    void profilesDialogShowsWhatTheDriverNeeds();
    void profilesDialogNeverWritesAPassword();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestProfilesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const DemoSetup demo = ensureDemoProject(m_dir->path());
    QVERIFY2(demo.error.isEmpty(), qPrintable(demo.error));
    m_project = demo.projectDir;
}

// Fields wide enough to read, the fields of the driver only, a file chooser for SQLite and a
// test result on a row of its own.
void TestProfilesDialog::profilesDialogShowsWhatTheDriverNeeds()
{
    const ProjectLoad load = loadProject(m_project);
    QVERIFY(load.project);
    SecretStore secrets;
    ProfilesDialog dialog(*load.project, &secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.list()->setCurrentRow(0); // local: SQLite
    QCOMPARE(dialog.driverBox()->currentText(), u"sqlite"_s);
    QVERIFY(dialog.browseButton()->isVisible());
    QVERIFY(dialog.pathEdit()->isVisible());
    QVERIFY(!dialog.hostEdit()->isVisible());
    QVERIFY(!dialog.optionsEdit()->isVisible()); // no sslmode hint for a file
    QVERIFY2(dialog.pathEdit()->width() >= 300, qPrintable(QString::number(dialog.pathEdit()->width())));
    // Browse opens a chooser in the project folder, on the profile's file; cancelled, the
    // field keeps its file.
    QString opened;
    test::whenModal<QFileDialog>(this, [&opened](QFileDialog *chooser) {
        opened = chooser->directory().absolutePath();
        chooser->reject();
    });
    QTest::mouseClick(dialog.browseButton(), Qt::LeftButton);
    QCOMPARE(opened, QDir(m_project).absolutePath());
    QCOMPARE(dialog.pathEdit()->text(), u"shop.sqlite"_s);

    dialog.driverBox()->setCurrentText(u"postgresql"_s);
    QVERIFY(!dialog.browseButton()->isVisible());
    QVERIFY(dialog.hostEdit()->isVisible() && dialog.optionsEdit()->isVisible());
    QVERIFY(dialog.hostEdit()->width() >= 300);
    // A long error wraps on the form's width instead of being cut off beside the button.
    const QString error = u"could not connect to server: Connection refused. Is the server running on host "
                          "\"db.qa.example\" (10.0.0.1) and accepting TCP/IP connections on port 5432?"_s;
    dialog.testResult()->setText(error);
    QTRY_VERIFY(dialog.testResult()->width() >= 420);
    QVERIFY(dialog.testResult()->height() >= dialog.testResult()->fontMetrics().height());
    QVERIFY(dialog.testResult()->geometry().bottom() <= dialog.rect().bottom());
}

void TestProfilesDialog::profilesDialogNeverWritesAPassword()
{
    const QByteArray secret = "hunter2-never-on-disk";
    const ProjectLoad load = loadProject(m_project);
    QVERIFY(load.project);
    SecretStore secrets;
    ProfilesDialog dialog(*load.project, &secrets);
    QCOMPARE(dialog.list()->count(), 3); // local, production, staging
    // The existing SQLite profile answers the test button with its version.
    QSignalSpy tested(&dialog, &ProfilesDialog::tested);
    dialog.testConnection();
    QVERIFY(tested.wait(10000));
    QVERIFY2(dialog.testResult()->text().startsWith(u"✓ connected: SQLite"_s), qPrintable(dialog.testResult()->text()));

    QPushButton *add = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        add = b->text() == u"&Add"_s ? b : add;
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(dialog.list()->count(), 4);
    dialog.nameEdit()->setText(u"qa"_s);
    dialog.driverBox()->setCurrentText(u"postgresql"_s);
    dialog.hostEdit()->setText(u"db.qa.example"_s);
    QTest::keyClicks(dialog.passwordEdit(), QString::fromLatin1(secret));
    // A server profile without its database and user is not written: it would connect to a
    // default one.
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.testResult()->text().contains(u"profiles.qa: a postgresql profile needs \"database\""_s),
             qPrintable(dialog.testResult()->text()));
    QTest::keyClicks(dialog.databaseEdit(), u"app"_s);
    QTest::keyClicks(dialog.userEdit(), u"deploy"_s);
    QVERIFY2(dialog.save(), qPrintable(dialog.testResult()->text()));

    QFile file(m_project + u"/godwit.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(json.contains("\"qa\""));
    QVERIFY(json.contains("db.qa.example"));
    // No file anywhere Godwit writes holds the password.
    QStringList roots{m_dir->path()};
    for (auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
                          QStandardPaths::AppDataLocation, QStandardPaths::GenericDataLocation})
        roots << QStandardPaths::writableLocation(location);
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
        }
    }
    // It is kept: in the keychain, or (no keychain service here) for this session.
    std::optional<QString> read;
    bool pending = false;
    // The keychain answers asynchronously: ask again until the write has landed somewhere.
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 if (!pending && !read) {
                                     pending = true;
                                     secrets.read(SecretStore::keyFor(load.project->directory, u"qa"_s),
                                                  [&](std::optional<QString> s) {
                                                      read = s;
                                                      pending = false;
                                                  });
                                 }
                                 return read.has_value();
                             }()),
                             10000);
    QCOMPARE(read->toLatin1(), secret);
}

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
