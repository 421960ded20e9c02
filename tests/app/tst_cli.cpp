#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "support/clirun.h"

using namespace Qt::StringLiterals;
using namespace godwit;

/*! godwit-cli as CI runs it: a real process on real folders and SQLite files. */
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void usageErrors_data();
    void usageErrors();
    void usageErrorsInJson_data();
    void usageErrorsInJson();
    void statusJson();
    void statusText();
    void statusOfBrokenFolderExitsTwo();
    void upDownWithProgress();
    void failureExitsOne();
    void downRefusesListingMissingDowns();
    void outOfOrderNamesTheFlag();
    void newMigration();
    void demoProject();
    void concurrentRunsApplyEachMigrationOnce();
    void dryRunJson();
    void dryRunText();
    void dryRunOnAMissingDatabase();
    void snapshotAndDiff();
    void diffOfABrokenSnapshotFile();
    void verifyDrift();
    void backupPrintsItsEvidence();
    void checklistThroughADeployment();

private:
    using Run = godwit::test::CliOutput;
    Run cli(const QStringList &args, const QString &workDir = {});
    void writeMigration(const QString &dir, int n, const QByteArray &up, const QByteArray &down = {});
    QString url() const { return u"sqlite:"_s + m_dir->filePath(u"db.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_migrations;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_migrations = m_dir->filePath(u"migrations"_s);
    QDir().mkpath(m_migrations);
    writeMigration(m_migrations, 1, "CREATE TABLE a (id INTEGER);\n", "DROP TABLE a;\n");
    writeMigration(m_migrations, 2, "CREATE TABLE b (id INTEGER);\n", "DROP TABLE b;\n");
    writeMigration(m_migrations, 3, "CREATE INDEX idx_b ON b (id);\n", "DROP INDEX idx_b;\n");
}

TestCli::Run TestCli::cli(const QStringList &args, const QString &workDir)
{
    return test::runCli(args, workDir.isEmpty() ? m_dir->path() : workDir, m_dir->filePath(u"xdg"_s));
}

void TestCli::writeMigration(const QString &dir, int n, const QByteArray &up, const QByteArray &down)
{
    const QString base = QStringLiteral("%1/%2_step_%2").arg(dir).arg(n, 4, 10, QLatin1Char('0'));
    QFile u(base + u".up.sql"_s);
    QVERIFY(u.open(QIODevice::WriteOnly));
    u.write(up);
    if (!down.isNull()) {
        QFile d(base + u".down.sql"_s);
        QVERIFY(d.open(QIODevice::WriteOnly));
        d.write(down);
    }
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << u"Commands:"_s;
    QTest::newRow("unknown command") << QStringList{u"migrate"_s} << u"unknown command \"migrate\""_s;
    QTest::newRow("bad format") << QStringList{u"status"_s, u"--format"_s, u"xml"_s} << u"text or json"_s;
    QTest::newRow("to and steps") << QStringList{u"down"_s, u"--to"_s, u"1"_s, u"--steps"_s, u"2"_s} << u"not both"_s;
    QTest::newRow("unknown checklist step") << QStringList{u"--demo"_s, u"checklist"_s, u"frobnicate"_s}
                                            << u"checklist frobnicate: unknown"_s;
    QTest::newRow("checklist on a url") << QStringList{u"--url"_s, u"sqlite:x.db"_s, u"checklist"_s, u"start"_s}
                                        << u"give --profile, not --url"_s;
    QTest::newRow("override elsewhere") << QStringList{u"status"_s, u"--override"_s, u"why"_s}
                                        << u"status does not take --override"_s;
    QTest::newRow("override without reason") << QStringList{u"up"_s, u"--override"_s, u" "_s} << u"--override needs a reason"_s;
    QTest::newRow("allow-modified elsewhere") << QStringList{u"down"_s, u"--allow-modified"_s}
                                              << u"down does not take --allow-modified"_s;
    QTest::newRow("steps on up") << QStringList{u"up"_s, u"--steps"_s, u"2"_s} << u"up does not take --steps"_s;
    QTest::newRow("new without name") << QStringList{u"new"_s} << u"one NAME"_s;
    QTest::newRow("password in url") << QStringList{u"status"_s, u"--url"_s, u"postgres://u:hunter2@h/db"_s}
                                     << u"never on the command line"_s;
    QTest::newRow("no target") << QStringList{u"status"_s} << u"no target"_s;
    QTest::newRow("unknown profile") << QStringList{u"status"_s, u"--profile"_s, u"prod"_s} << u"no profile \"prod\""_s;
    QTest::newRow("unknown version") << QStringList{u"up"_s, u"--to"_s, u"99"_s} << u"no migration with version 99"_s;
    QTest::newRow("bad method") << QStringList{u"dry-run"_s, u"--method"_s, u"magic"_s} << u"--method must be"_s;
    QTest::newRow("bad diff style") << QStringList{u"dry-run"_s, u"--diff"_s, u"side"_s} << u"--diff takes unified"_s;
    QTest::newRow("diff with one schema") << QStringList{u"diff"_s, u"a.json"_s} << u"diff takes two schemas"_s;
    QTest::newRow("repair with two versions") << QStringList{u"repair"_s, u"1"_s, u"2"_s}
                                              << u"repair takes at most one VERSION"_s;
    QTest::newRow("status with a word") << QStringList{u"status"_s, u"now"_s} << u"status takes no arguments"_s;
    QTest::newRow("reversible elsewhere") << QStringList{u"up"_s, u"--reversible"_s} << u"up does not take --reversible"_s;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    if (message.contains(u"version 99"_s))
        args << u"--url"_s << url();
    const Run r = cli(args, m_migrations);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!r.err.contains(u"hunter2"_s) && !r.out.contains(u"hunter2"_s));
    QCOMPARE(r.exit, message.contains(u"version 99"_s) ? 1 : 2);
}

// With --format json a usage error is a JSON document too, with the code "usage".
void TestCli::usageErrorsInJson_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("repair with two versions") << QStringList{u"repair"_s, u"2"_s, u"3"_s} << u"repair takes at most one VERSION"_s;
    QTest::newRow("bad method") << QStringList{u"dry-run"_s, u"--method"_s, u"bogus"_s} << u"--method must be"_s;
    QTest::newRow("override without reason") << QStringList{u"up"_s, u"--override"_s, u" "_s} << u"--override needs a reason"_s;
    QTest::newRow("url and profile") << QStringList{u"status"_s, u"--url"_s, u"sqlite:x.db"_s, u"--profile"_s, u"dev"_s}
                                     << u"give --url or --profile, not both"_s;
    QTest::newRow("checklist without a subcommand word") << QStringList{u"checklist"_s, u"frobnicate"_s, u"--demo"_s}
                                                         << u"checklist frobnicate: unknown"_s;
}

void TestCli::usageErrorsInJson()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = cli(args + QStringList{u"--format"_s, u"json"_s}, m_migrations);
    QCOMPARE(r.exit, 2);
    QJsonParseError parsed;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &parsed).object();
    QVERIFY2(parsed.error == QJsonParseError::NoError, qPrintable(r.out));
    QCOMPARE(o.value(u"code"_s).toString(), u"usage"_s);
    QVERIFY2(o.value(u"error"_s).toString().contains(message), qPrintable(r.out));
    QVERIFY2(!o.value(u"error"_s).toString().startsWith(u"godwit-cli"_s), qPrintable(r.out));
    QVERIFY2(r.err.startsWith(u"godwit-cli: "_s) && r.err.contains(message), qPrintable(r.err));
}

void TestCli::statusJson()
{
    QVERIFY(cli({u"up"_s, u"--to"_s, u"2"_s, u"--url"_s, url()}, m_migrations).exit == 0);
    const Run r = cli({u"status"_s, u"--format"_s, u"json"_s, u"--url"_s, url(), u"--project"_s, m_migrations});
    QCOMPARE(r.exit, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.value(u"format").toString(), u"golang-migrate"_s);
    QVERIFY(root.value(u"detection").toString().contains(u"6 files matched golang-migrate"_s));
    QCOMPARE(root.value(u"current").toString(), u"0002"_s);
    QCOMPARE(root.value(u"pending").toInt(), 1);
    const QJsonArray migrations = root.value(u"migrations").toArray();
    QCOMPARE(migrations.size(), 3);
    QCOMPARE(migrations.at(0).toObject().value(u"state").toString(), u"applied"_s);
    QCOMPARE(migrations.at(2).toObject().value(u"state").toString(), u"pending"_s);
    QCOMPARE(migrations.at(0).toObject().value(u"checksum").toString(),
             migrations.at(0).toObject().value(u"appliedChecksum").toString());
}

void TestCli::statusText()
{
    QFile stray(m_migrations + u"/notes.sql"_s);
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.write("SELECT 1;\n");
    stray.close();
    QVERIFY(QFile::remove(m_migrations + u"/0003_step_0003.down.sql"_s));
    const Run r = cli({u"status"_s, u"--url"_s, url()}, m_migrations);
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.out.contains(u"(does not exist yet)"_s), qPrintable(r.out));
    QVERIFY(!QFile::exists(m_dir->filePath(u"db.sqlite"_s))); // status never creates the database
    QVERIFY(r.out.contains(u"1 file matched nothing: notes.sql"_s));
    QVERIFY(r.out.contains(u"missing-down"_s));
    QVERIFY(r.out.contains(u"pending       0003"_s));
}

void TestCli::statusOfBrokenFolderExitsTwo()
{
    writeMigration(m_migrations, 2, "SELECT 'second file for version 2';\n");
    QVERIFY(QFile::rename(m_migrations + u"/0002_step_0002.up.sql"_s, m_migrations + u"/2_again.up.sql"_s));
    writeMigration(m_migrations, 2, "CREATE TABLE b (id INTEGER);\n");
    const Run r = cli({u"status"_s, u"--url"_s, url()}, m_migrations);
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.out.contains(u"2 files claim version 0002: 0002_step_0002.up.sql, 2_again.up.sql"_s), qPrintable(r.out));
    const Run up = cli({u"up"_s, u"--url"_s, url()}, m_migrations);
    QCOMPARE(up.exit, 2);
    QVERIFY(up.err.contains(u"the migrations folder has errors"_s));
    QVERIFY(!QFile::exists(m_dir->filePath(u"db.sqlite"_s)));
}

void TestCli::upDownWithProgress()
{
    Run r = cli({u"up"_s, u"--url"_s, url()}, m_migrations);
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.out.contains(u"Plan: 3 steps"_s), qPrintable(r.out));
    QVERIFY(r.out.indexOf(u"up   0003"_s) < r.out.indexOf(u"[1/3] up 0001"_s)); // the steps first
    QVERIFY(r.out.contains(u"[3/3] up 0003 step 0003 … ok"_s));
    r = cli({u"up"_s, u"--url"_s, url()}, m_migrations);
    QCOMPARE(r.exit, 0);
    QVERIFY(r.out.contains(u"Nothing to do"_s));
    r = cli({u"down"_s, u"--steps"_s, u"2"_s, u"--url"_s, url(), u"--format"_s, u"json"_s}, m_migrations);
    QCOMPARE(r.exit, 0);
    const QJsonArray results = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"results").toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).toObject().value(u"version").toString(), u"0003"_s);
    QCOMPARE(results.at(1).toObject().value(u"outcome").toString(), u"done"_s);
    r = cli({u"plan"_s, u"--to"_s, u"3"_s, u"--url"_s, url()}, m_migrations);
    QVERIFY(r.out.contains(u"up   0002"_s) && r.out.contains(u"up   0003"_s));
}

void TestCli::failureExitsOne()
{
    writeMigration(m_migrations, 4, "CREATE TABLE c (id INTEGER);\nINSERT INTO nowhere VALUES (1);\n", "DROP TABLE c;\n");
    const Run r = cli({u"up"_s, u"--url"_s, url()}, m_migrations);
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.out.contains(u"0004_step_0004.up.sql:2:1"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"no such table: nowhere"_s));
}

void TestCli::downRefusesListingMissingDowns()
{
    QVERIFY(QFile::remove(m_migrations + u"/0002_step_0002.down.sql"_s));
    QVERIFY(QFile::remove(m_migrations + u"/0003_step_0003.down.sql"_s));
    QCOMPARE(cli({u"up"_s, u"--url"_s, url()}, m_migrations).exit, 0);
    const Run r = cli({u"down"_s, u"--to"_s, u"0"_s, u"--url"_s, url()}, m_migrations);
    QCOMPARE(r.exit, 1);
    QVERIFY(r.err.contains(u"0003 step 0003"_s) && r.err.contains(u"0002 step 0002"_s));
    QVERIFY(!r.err.contains(u"0001 step"_s));
}

// The engine's refusal names no flag; the command line says its remedy as one, and JSON
// carries the code and the remedy as ids.
void TestCli::outOfOrderNamesTheFlag()
{
    for (const QString &side : {u"up"_s, u"down"_s})
        QVERIFY(QFile::rename(m_migrations + u"/0001_step_0001."_s + side + u".sql"_s, m_dir->filePath(side)));
    QCOMPARE(cli({u"up"_s, u"--url"_s, url()}, m_migrations).exit, 0);
    for (const QString &side : {u"up"_s, u"down"_s})
        QVERIFY(QFile::rename(m_dir->filePath(side), m_migrations + u"/0001_step_0001."_s + side + u".sql"_s));
    Run r = cli({u"plan"_s, u"--url"_s, url()}, m_migrations);
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.err.contains(u"0001 step 0001"_s) && r.err.contains(u"run with --allow-out-of-order"_s), qPrintable(r.err));
    r = cli({u"up"_s, u"--url"_s, url(), u"--format"_s, u"json"_s}, m_migrations);
    QCOMPARE(r.exit, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"code"_s).toString(), u"out-of-order"_s);
    QCOMPARE(o.value(u"remedies"_s).toVariant().toStringList(), QStringList{u"allow-out-of-order"_s});
    QVERIFY2(!o.value(u"error"_s).toString().contains(u"--"_s), qPrintable(r.out));
    QCOMPARE(cli({u"up"_s, u"--url"_s, url(), u"--allow-out-of-order"_s}, m_migrations).exit, 0);
}

void TestCli::newMigration()
{
    const Run r = cli({u"new"_s, u"Add invoices"_s}, m_migrations);
    QCOMPARE(r.exit, 0);
    QVERIFY(QFile::exists(m_migrations + u"/0004_add_invoices.up.sql"_s));
    QVERIFY(QFile::exists(m_migrations + u"/0004_add_invoices.down.sql"_s));
}

void TestCli::demoProject()
{
    Run r = cli({u"--demo"_s, u"status"_s});
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.out.contains(u"Current    000007, 3 pending"_s), qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(u"pending       000010"_s));
    QVERIFY(QFile::exists(m_dir->filePath(u"xdg/godwit/demo/shop.sqlite"_s)));
    r = cli({u"--demo"_s, u"up"_s});
    QCOMPARE(r.exit, 0);
    QVERIFY(r.out.contains(u"[3/3] up 000010"_s));
}

// Four processes race on one database; every migration must run exactly once. Each
// migration appends its number to a table, so a second run of one would show.
void TestCli::concurrentRunsApplyEachMigrationOnce()
{
    constexpr int migrations = 12;
    constexpr int processes = 4;
    constexpr int rounds = 20;
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"m"_s);
    QDir().mkpath(folder);
    writeMigration(folder, 1, "CREATE TABLE ran (n INTEGER NOT NULL);\nINSERT INTO ran VALUES (1);\n", "DROP TABLE ran;\n");
    for (int n = 2; n <= migrations; ++n)
        writeMigration(folder, n, QStringLiteral("INSERT INTO ran VALUES (%1);\n").arg(n).toUtf8(), "SELECT 1;\n");

    for (int round = 0; round < rounds; ++round) {
        const QString db = dir.filePath(QStringLiteral("race%1.sqlite").arg(round));
        std::vector<std::unique_ptr<QProcess>> runs;
        for (int i = 0; i < processes; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProgram(QStringLiteral(GODWIT_CLI));
            p->setArguments({u"up"_s, u"--project"_s, folder, u"--url"_s, u"sqlite:"_s + db});
            runs.push_back(std::move(p));
        }
        for (auto &p : runs)
            p->start();
        for (auto &p : runs) {
            QVERIFY(p->waitForFinished(60000));
            QVERIFY2(p->exitCode() == 0, qPrintable(QString::fromUtf8(p->readAllStandardOutput() + p->readAllStandardError())));
        }
        QSqlDatabase check = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        check.setDatabaseName(db);
        QVERIFY(check.open());
        {
            QSqlQuery q(check);
            QVERIFY(q.exec(u"SELECT count(*), count(DISTINCT n) FROM ran"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), migrations);
            QCOMPARE(q.value(1).toInt(), migrations);
            QVERIFY(q.exec(u"SELECT count(*) FROM godwit_schema_history WHERE status = 'applied'"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), migrations);
            QVERIFY(q.exec(u"SELECT count(*) FROM godwit_audit_log WHERE outcome = 'ok'"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), migrations);
        }
        check.close();
        check = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);
    }
}

void TestCli::dryRunJson()
{
    // A database Godwit has not touched yet: the dry run leaves it identical to the byte
    // (where Godwit keeps a history, its audit log records the dry run: see dryRunText).
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plain"_s);
        db.setDatabaseName(m_dir->filePath(u"db.sqlite"_s));
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE a (id INTEGER)"_s));
        QVERIFY(QSqlQuery(db).exec(u"INSERT INTO a VALUES (1), (2)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"plain"_s);
    QFile::remove(m_migrations + u"/0001_step_0001.up.sql"_s);
    QFile::remove(m_migrations + u"/0001_step_0001.down.sql"_s);
    QFile db(m_dir->filePath(u"db.sqlite"_s));
    QVERIFY(db.open(QIODevice::ReadOnly));
    const QByteArray before = db.readAll();
    db.close();
    const Run r = cli({u"dry-run"_s, u"--reversible"_s, u"--diff"_s, u"unified"_s, u"--format"_s, u"json"_s,
                       u"--url"_s, url()},
                      m_migrations);
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // no progress lines in JSON mode
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.value(u"ok").toBool(), true);
    QCOMPARE(root.value(u"method").toString(), u"copy"_s);
    const QJsonArray up = root.value(u"up").toArray();
    QCOMPARE(up.size(), 2);
    const QJsonObject statement = up.at(1).toObject().value(u"statements").toArray().at(0).toObject();
    QVERIFY(statement.value(u"file").toString().endsWith(u"0003_step_0003.up.sql"_s));
    QCOMPARE(statement.value(u"line").toInt(), 1);
    QCOMPARE(statement.value(u"rowsAffected").toInt(), 0);
    QVERIFY(statement.contains(u"durationMs"_s));
    const QJsonObject diff = root.value(u"diff").toObject();
    QCOMPARE(diff.value(u"additive").toInt(), 2);
    QCOMPARE(diff.value(u"changes").toArray().at(0).toObject().value(u"description").toString(), u"add table b"_s);
    QVERIFY(root.value(u"unifiedDiff").toString().contains(u"+CREATE INDEX idx_b ON b (id);"_s));
    QVERIFY(root.value(u"before").toObject().contains(u"tables"_s));
    QVERIFY(root.value(u"after").toObject().value(u"godwitSnapshot").toInt() == 1);
    QCOMPARE(root.value(u"reversibility").toObject().value(u"reversible").toBool(), true);
    QVERIFY(root.value(u"timing").toObject().contains(u"introspectionMs"_s));
    QCOMPARE(root.value(u"plan").toString().size(), 16);
    // The file itself did not change, to the byte.
    QVERIFY(db.open(QIODevice::ReadOnly));
    QCOMPARE(db.readAll(), before);
}

void TestCli::dryRunText()
{
    writeMigration(m_migrations, 4, "CREATE TABLE c (id INTEGER);\nINSERT INTO nowhere VALUES (1);\n", "DROP TABLE c;\n");
    const Run missing = cli({u"dry-run"_s, u"--url"_s, url(), u"--method"_s, u"transaction"_s}, m_migrations);
    QCOMPARE(missing.exit, 1);
    QVERIFY2(missing.err.contains(u"does not exist yet"_s), qPrintable(missing.err));
    QVERIFY(!QFile::exists(m_dir->filePath(u"db.sqlite"_s)));

    QVERIFY(cli({u"up"_s, u"--to"_s, u"1"_s, u"--url"_s, url()}, m_migrations).exit == 0);
    const Run r = cli({u"dry-run"_s, u"--url"_s, url(), u"--method"_s, u"transaction"_s}, m_migrations);
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.out.contains(u"in one transaction on the target, rolled back"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"0004_step_0004.up.sql:2:1"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"no such table: nowhere"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"+ additive    add table b"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Dry run FAILED; the target was not changed."_s), qPrintable(r.out));
    QVERIFY2(r.err.contains(u"up 3/3: 0004 step 0004"_s), qPrintable(r.err)); // progress
    const Run status = cli({u"status"_s, u"--url"_s, url(), u"--format"_s, u"json"_s}, m_migrations);
    QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8()).object().value(u"pending").toInt(), 3);
    // Recorded where Godwit keeps its history.
    auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"audit"_s);
    db.setDatabaseName(m_dir->filePath(u"db.sqlite"_s));
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT outcome, detail FROM godwit_audit_log WHERE action = 'dry-run'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"failed"_s);
        QVERIFY2(q.value(1).toString().startsWith(u"method=transaction steps=3"_s), qPrintable(q.value(1).toString()));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"audit"_s);
}

void TestCli::dryRunOnAMissingDatabase()
{
    const Run r = cli({u"dry-run"_s, u"--url"_s, url()}, m_migrations);
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.out.contains(u"add index idx_b on b"_s), qPrintable(r.out));
    QVERIFY(!QFile::exists(m_dir->filePath(u"db.sqlite"_s))); // not even created
}

void TestCli::snapshotAndDiff()
{
    const QString staging = u"sqlite:"_s + m_dir->filePath(u"staging.sqlite"_s);
    QVERIFY(cli({u"up"_s, u"--url"_s, url()}, m_migrations).exit == 0);
    QVERIFY(cli({u"up"_s, u"--to"_s, u"2"_s, u"--url"_s, staging}, m_migrations).exit == 0);

    const Run text = cli({u"snapshot"_s, u"--url"_s, url()});
    QCOMPARE(text.exit, 0);
    QCOMPARE(text.out, u"CREATE TABLE a (\n    id INTEGER\n);\n\nCREATE TABLE b (\n    id INTEGER\n);\n\n"
                       u"CREATE INDEX idx_b ON b (id);\n"_s);
    const Run json = cli({u"snapshot"_s, u"--format"_s, u"json"_s, u"--url"_s, url()});
    QCOMPARE(json.exit, 0);
    const QString saved = m_dir->filePath(u"production.json"_s);
    QFile file(saved);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json.out.toUtf8());
    file.close();

    const Run same = cli({u"diff"_s, saved, url()});
    QCOMPARE(same.exit, 0);
    QVERIFY2(same.out.contains(u"no structural change"_s), qPrintable(same.out));
    const Run differs = cli({u"diff"_s, staging, saved, u"--diff"_s, u"unified"_s});
    QCOMPARE(differs.exit, 1);
    QVERIFY2(differs.out.contains(u"+ additive    add index idx_b on b"_s), qPrintable(differs.out));
    QVERIFY2(differs.out.contains(u"+CREATE INDEX idx_b ON b (id);"_s), qPrintable(differs.out));
    const Run asJson = cli({u"diff"_s, url(), staging, u"--format"_s, u"json"_s});
    const QJsonObject root = QJsonDocument::fromJson(asJson.out.toUtf8()).object();
    QCOMPARE(root.value(u"same"_s).toBool(), false);
    QCOMPARE(root.value(u"destructive"_s).toInt(), 1);
}

void TestCli::diffOfABrokenSnapshotFile()
{
    const QString broken = m_dir->filePath(u"broken.json"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"godwitSnapshot\": 1,\n  \"tables\": [,]\n}\n");
    file.close();
    const Run r = cli({u"diff"_s, broken, url()});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.contains(broken + u":3:"_s), qPrintable(r.err));
}

void TestCli::verifyDrift()
{
    QVERIFY(cli({u"up"_s, u"--url"_s, url()}, m_migrations).exit == 0);
    const Run clean = cli({u"verify"_s, u"--drift"_s, u"--url"_s, url()}, m_migrations);
    QCOMPARE(clean.exit, 0);
    QVERIFY2(clean.out.contains(u"no structural change"_s), qPrintable(clean.out));
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"drift"_s);
        db.setDatabaseName(m_dir->filePath(u"db.sqlite"_s));
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"DROP INDEX idx_b"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"drift"_s);
    const Run drifted = cli({u"verify"_s, u"--drift"_s, u"--url"_s, url(), u"--format"_s, u"json"_s}, m_migrations);
    QCOMPARE(drifted.exit, 1);
    const QJsonArray changes =
        QJsonDocument::fromJson(drifted.out.toUtf8()).object().value(u"drift").toObject().value(u"changes").toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).toObject().value(u"description").toString(), u"drop index idx_b on b"_s);
}

void TestCli::backupPrintsItsEvidence()
{
    QCOMPARE(cli({u"--url"_s, url(), u"up"_s}, m_migrations).exit, 0);
    const Run r = cli({u"--url"_s, url(), u"--format"_s, u"json"_s, u"backup"_s, u"--output"_s, m_dir->filePath(u"b"_s)});
    QCOMPARE(r.exit, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QFile file(o.value(u"file").toString());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(r.out + r.err));
    QCOMPARE(o.value(u"sha256").toString(),
             QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(o.value(u"restoreCommand").toArray().first().toString(), u"sqlite3"_s);
    const Run text = cli({u"--url"_s, url(), u"backup"_s, u"--output"_s, m_dir->filePath(u"b"_s)});
    QCOMPARE(text.exit, 0);
    QVERIFY2(text.out.contains(u"restore:  sqlite3 "_s), qPrintable(text.out));
}

void TestCli::checklistThroughADeployment()
{
    const QStringList production{u"--demo"_s, u"--profile"_s, u"production"_s};
    Run r = cli(production + QStringList{u"checklist"_s, u"show"_s});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.contains(u"no deployment under way on profile production"_s), qPrintable(r.err));

    r = cli(production + QStringList{u"checklist"_s, u"start"_s, u"--to"_s, u"000010"_s, u"--by"_s, u"alice"_s});
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.out.contains(u"Plan 000007 → 000010"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Apply is blocked on this production profile until: backup, staging-dry-run"_s));
    r = cli(production + QStringList{u"checklist"_s, u"apply"_s});
    QCOMPARE(r.exit, 4); // refused on production, as up is
    QVERIFY2(r.err.contains(u"blocked"_s), qPrintable(r.err));
    r = cli(production + QStringList{u"checklist"_s, u"apply"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.exit, 4);
    const QJsonObject refused = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(refused.value(u"code"_s).toString(), u"items-not-done"_s);
    QCOMPARE(refused.value(u"remedies"_s).toVariant().toStringList(), QStringList{u"override-reason"_s});
    r = cli(production + QStringList{u"checklist"_s, u"tick"_s, u"backup"_s});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.contains(u"checked by Godwit"_s), qPrintable(r.err));

    // The checks: the demo's contract step cannot be undone exactly on SQLite, so one fails.
    r = cli(production + QStringList{u"checklist"_s, u"run"_s, u"--by"_s, u"alice"_s});
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.out.contains(u"[!] reversibility"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"[x] backup"_s));
    // The changes to acknowledge, by the names ack takes.
    QVERIFY2(r.out.contains(u"- Destructive: drop column customers.name — not acknowledged"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"- Destructive: lint drop-column: drops column customers.name (migrations/000010_contract_customer_name.up.sql:2) — not acknowledged"_s));
    r = cli(production + QStringList{u"checklist"_s, u"ack"_s, u"drop column customers.name"_s,
                                     u"lint drop-column: drops column customers.name (migrations/000010_contract_customer_name.up.sql:2)"_s, u"--by"_s, u"bob"_s});
    QCOMPARE(r.exit, 0);
    r = cli(production + QStringList{u"--format"_s, u"json"_s, u"checklist"_s, u"show"_s});
    QCOMPARE(r.exit, 0);
    const QJsonObject record = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QMap<QString, QString> states;
    for (const QJsonValue &v : record.value(u"checklist").toArray())
        states.insert(v.toObject().value(u"id").toString(), v.toObject().value(u"state").toString());
    QCOMPARE(states.value(u"destructive-review"_s), u"done"_s);
    QCOMPARE(states.value(u"staging-dry-run"_s), u"done"_s);
    QCOMPARE(states.value(u"reversibility"_s), u"failed"_s);

    // Reports: to a file, never over one without --force.
    const QString report = m_dir->filePath(u"deployment.md"_s);
    QCOMPARE(cli(production + QStringList{u"checklist"_s, u"report"_s, u"--output"_s, report}).exit, 0);
    r = cli(production + QStringList{u"checklist"_s, u"report"_s, u"--output"_s, report});
    QCOMPARE(r.exit, 2);
    QVERIFY(r.err.contains(u"give --force"_s));
    QCOMPARE(cli(production + QStringList{u"checklist"_s, u"report"_s, u"--output"_s, report, u"--force"_s}).exit, 0);
    r = cli(production + QStringList{u"checklist"_s, u"report"_s, u"html"_s});
    QCOMPARE(r.exit, 0);
    QVERIFY(r.out.startsWith(u"<!DOCTYPE html>"_s));

    r = cli(production + QStringList{u"checklist"_s, u"apply"_s, u"--override"_s, u"accepted: the default is harmless"_s,
                                     u"--by"_s, u"carol"_s});
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.out.contains(u"[x] apply"_s), qPrintable(r.out + r.err));
    r = cli(production + QStringList{u"status"_s});
    QVERIFY2(r.out.contains(u"Current    000010, 0 pending"_s), qPrintable(r.out));
    r = cli(production + QStringList{u"checklist"_s, u"list"_s});
    QVERIFY2(r.out.contains(u"production  000007 → 000010  applied"_s), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
