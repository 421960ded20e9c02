#include "deployment/backup.h"

#include "support/testtargets.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! Backups on SQLite, PostgreSQL and MariaDB, with the real tools: a backup, destructive
    migrations applied, a restore, and schema, rows and history are as they were. */
class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data() { test::addEngineRows(); }
    void roundTrip();
    void tamperedBackupIsRefused();
};

void TestBackup::roundTrip()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    auto connection = test::connect(*target);
    QVERIFY(connection);
    const QString folder = QStringLiteral(GODWIT_TEST_DATA "/engines/") + dialectName(test::dialectOf(engine));
    const ExecutionReport up = test::migrate(folder, *connection, {Direction::Up});
    QVERIFY2(up.ok, qPrintable(up.error + (up.steps.isEmpty() ? QString() : up.steps.constLast().message)));
    const QString before = test::snapshot(*connection);
    QVERIFY(before.contains(u"orders: "_s)); // rows to lose

    const Backup backup = takeBackup(*target, {}, dir.filePath(u"backups"_s));
    QVERIFY2(backup.ok(), qPrintable(backup.error));
    QVERIFY(QFile::exists(backup.file));
    QVERIFY(backup.size > 0);
    QCOMPARE(backup.sha256.size(), 64);
    QVERIFY2(!backup.toolVersion.isEmpty(), qPrintable(backup.tool));
    QVERIFY(backup.durationMs > 0);
    QVERIFY(!backup.restoreCommand.isEmpty());

    // The destructive migrations a backup is for: the downs delete the seed rows and drop
    // the objects, through the executor as a real run does.
    const ExecutionReport down = test::migrate(folder, *connection, {Direction::Down, u"001"_s});
    QVERIFY2(down.ok, qPrintable(down.error + (down.steps.isEmpty() ? QString() : down.steps.constLast().message)));
    QCOMPARE(down.steps.size(), 3);
    QVERIFY(test::snapshot(*connection) != before);

    const QString error = restoreBackup(*target, {}, backup);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    connection = test::connect(*target); // what the restore replaced, read afresh
    QCOMPARE(test::snapshot(*connection), before);
}

void TestBackup::tamperedBackupIsRefused()
{
    QTemporaryDir dir;
    ConnectionSpec spec;
    spec.path = dir.filePath(u"db.sqlite"_s);
    {
        auto connection = test::connect(spec);
        QVERIFY(QSqlQuery(connection->database()).exec(u"CREATE TABLE t (id INTEGER)"_s));
    }
    Backup backup = takeBackup(spec, {}, dir.filePath(u"backups"_s));
    QVERIFY2(backup.ok(), qPrintable(backup.error));
    QFile file(backup.file);
    QVERIFY(file.open(QIODevice::Append));
    file.write("x");
    file.close();
    QVERIFY(restoreBackup(spec, {}, backup).contains(u"SHA-256 differs"_s));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
