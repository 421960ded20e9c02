#include "plan/status.h"

#include "support/engineruns.h"
#include "support/testtargets.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace godwit;
using namespace Qt::StringLiterals;
using godwit::test::cli;
using godwit::test::startUpUntilStep;
using godwit::test::CliRun;
using godwit::test::copyFolder;
using godwit::test::writeMigration;

/*! Runs that do not end as planned, on each engine (real servers from ctest's "servers"
    fixture): godwit-cli killed at random, the server stopped under it, Ctrl-C in a long
    statement, and four processes racing on one database. */
class TestEnginesInterrupted : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedRun_data() { test::addEngineRows(); }
    void killedRun();
    void serverStoppedMidRun_data();
    void serverStoppedMidRun();
    void cancelLongStatement_data() { test::addEngineRows(); }
    void cancelLongStatement();
    void concurrentProcesses_data() { test::addEngineRows(); }
    void concurrentProcesses();
};

// SIGKILL at a random moment of a 200-migration run, 20 rounds: the history agrees with the
// schema. SQLite and PostgreSQL have nothing half-applied; on MariaDB at most the migration
// under way is left, shown as failed with its statement. The next run is not held up by
// the dead run's lock.
namespace {

void waitForOtherSessions(Connection &connection)
{
    if (connection.dialect() == Dialect::SQLite)
        return;
    const QString others = connection.dialect() == Dialect::MySQL
                               ? u"SELECT count(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND ID <> CONNECTION_ID()"_s
                               : u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"_s;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20000) {
        QSqlQuery q(connection.database());
        if (!q.exec(others) || !q.next() || q.value(0).toInt() == 0)
            return;
        QThread::msleep(20);
    }
}

} // namespace

void TestEnginesInterrupted::killedRun()
{
    QFETCH(QString, engine);
    constexpr int rounds = 20;
    constexpr int migrations = 200;
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"many"_s);
    QDir().mkpath(folder);
    for (int n = 1; n <= migrations; ++n) {
        writeMigration(folder, QStringLiteral("%1_k.up.sql").arg(n, 4, 10, QLatin1Char('0')),
                       QStringLiteral("CREATE TABLE k_%1 (id INTEGER);\nINSERT INTO k_%1 VALUES (%1);\n").arg(n).toUtf8());
    }
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    const int maxDelay = test::dialectOf(engine) == Dialect::MySQL ? 1500 : 500;
    int interrupted = 0;
    int appliedSum = 0;
    for (int round = 0; round < rounds; ++round) {
        QTemporaryDir roundDir;
        GODWIT_FRESH_TARGET(target, engine, roundDir.path());
        const QString url = target->display();
        QProcess p;
        p.start(QStringLiteral(GODWIT_CLI), {u"up"_s, u"--project"_s, folder, u"--url"_s, url});
        QVERIFY(p.waitForStarted());
        QThread::msleep(30 + random.bounded(maxDelay));
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(10000));

        auto connection = test::connect(*target);
        // What the server has once it is done with the dead client: a statement it had sent
        // may still be running (MariaDB writes a started row after the kill).
        waitForOtherSessions(*connection);
        QSet<int> applied, started, tables;
        QSqlQuery q(connection->database());
        if (q.exec(u"SELECT version_key, status FROM godwit_schema_history"_s)) {
            while (q.next())
                (q.value(1).toString() == u"applied"_s ? applied : started).insert(q.value(0).toInt());
        }
        for (int n = 1; n <= migrations; ++n) {
            QSqlQuery t(connection->database());
            if (t.exec(QStringLiteral("SELECT count(*) FROM k_%1").arg(n)) && t.next()) {
                tables.insert(n);
                if (applied.contains(n))
                    QVERIFY2(t.value(0).toInt() == 1, qPrintable(QStringLiteral("k_%1 half-applied").arg(n)));
            }
        }
        connection.reset();
        appliedSum += int(applied.size());
        if (test::dialectOf(engine) == Dialect::MySQL) {
            QVERIFY(started.size() <= 1);
            QVERIFY2((tables - applied - started).isEmpty(), qPrintable(QStringLiteral("seed %1").arg(seed)));
            QVERIFY((applied - tables).isEmpty());
        } else {
            QVERIFY2(started.isEmpty() && tables == applied, qPrintable(QStringLiteral("seed %1").arg(seed)));
        }

        // The dead run's lock went with its connection: the next run answers at once.
        const CliRun next = cli({u"up"_s, u"--project"_s, folder, u"--url"_s, url});
        if (!started.isEmpty()) {
            ++interrupted;
            QCOMPARE(next.exit, 1);
            QVERIFY2(next.output.contains(u"repaired first"_s), qPrintable(next.output));
            const CliRun status = cli({u"status"_s, u"--project"_s, folder, u"--url"_s, url});
            QVERIFY2(status.output.contains(u"was under way"_s), qPrintable(status.output));
        } else {
            QVERIFY2(next.exit == 0, qPrintable(next.output));
        }
        QVERIFY2(next.ms < 20000, qPrintable(QString::number(next.ms)));
    }
    qInfo("%s: %d rounds killed at random (seed %u): %d migrations applied before the kill on average; "
          "%d rounds left a migration under way",
          qPrintable(engine), rounds, seed, appliedSum / rounds, interrupted);
}

void TestEnginesInterrupted::serverStoppedMidRun_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("expected");
    QTest::newRow("postgresql") << u"postgresql"_s << u"terminat"_s;
    QTest::newRow("mariadb") << u"mariadb"_s << u"server"_s;
}

// The server goes away in the middle of a long statement (servers of this test's own, so
// that the others keep theirs): a clear error at once, never a hang.
void TestEnginesInterrupted::serverStoppedMidRun()
{
    QFETCH(QString, engine);
    QFETCH(QString, expected);
    if (qEnvironmentVariableIsSet("GODWIT_TEST_NO_SERVERS"))
        QSKIP("servers are not tested: GODWIT_TEST_NO_SERVERS is set");
    QTemporaryDir dir;
    const QString state = dir.filePath(u"own-servers.env"_s);
    const QString script = QStringLiteral(GODWIT_TEST_DATA "/../servers/servers.sh");
    QProcess start;
    start.start(script, {u"start"_s, state});
    QVERIFY(start.waitForFinished(120000));
    QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
    auto stopServers = qScopeGuard([&] { QProcess::execute(script, {u"stop"_s, state}); });

    QFile file(state);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString key = engine == u"postgresql"_s ? u"GODWIT_TEST_PG_PORT="_s : u"GODWIT_TEST_MARIADB_PORT="_s;
    int port = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key.toLatin1()))
            port = line.mid(key.size()).toInt();
    }
    QVERIFY(port);
    // MariaDB: a database of its own (Godwit's audit triggers are refused in the mysql system database).
    if (engine == u"mariadb"_s)
        QCOMPARE(QProcess::execute(u"mariadb"_s, {u"-h127.0.0.1"_s, u"-P%1"_s.arg(port), u"-uroot"_s,
                                                  u"-e"_s, u"CREATE DATABASE stopped"_s}), 0);
    const QString url = engine == u"postgresql"_s ? QStringLiteral("postgres://godwit@127.0.0.1:%1/postgres").arg(port)
                                                  : QStringLiteral("mysql://root@127.0.0.1:%1/stopped").arg(port);
    const QString folder = dir.filePath(u"m"_s);
    QDir().mkpath(folder);
    writeMigration(folder, u"001_long.up.sql"_s,
                   engine == u"postgresql"_s ? "CREATE TABLE gone (id integer);\nSELECT pg_sleep(30);\n"
                                             : "CREATE TABLE gone (id integer);\nSELECT SLEEP(30);\n");
    QProcess p;
    QString output = startUpUntilStep(p, folder, url, u"001"_s);
    QThread::msleep(500);
    QElapsedTimer timer;
    timer.start();
    stopServers.dismiss();
    QProcess::execute(script, {u"stop"_s, state});
    QVERIFY(p.waitForFinished(30000));
    const qint64 ms = timer.elapsed();
    output += QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    qInfo("%s: godwit-cli ended %lld ms after the server was told to stop", qPrintable(engine), ms);
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(output.contains(u"FAILED"_s) && output.contains(expected, Qt::CaseInsensitive), qPrintable(output));
    qInfo("%s", qPrintable(output.section(u"FAILED"_s, 1).trimmed().left(300)));
    QVERIFY2(ms < 10000, qPrintable(QString::number(ms)));
}

// Ctrl-C while a long statement runs: the process ends within 2 seconds, and the state is
// exact: rolled back on SQLite and PostgreSQL, failed at its statement on MariaDB.
void TestEnginesInterrupted::cancelLongStatement()
{
    QFETCH(QString, engine);
    GODWIT_ENGINE_FOLDER(engine);
    QCOMPARE(cli({u"up"_s, u"--project"_s, folder, u"--url"_s, url}).exit, 0);
    const QByteArray slow = target->dialect == Dialect::PostgreSQL ? "SELECT pg_sleep(30);\n"
                            : target->dialect == Dialect::MySQL
                                ? "SELECT SLEEP(30);\n"
                                : "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000000)\n"
                                  "SELECT count(*) FROM c;\n";
    writeMigration(folder, u"005_long.up.sql"_s, "CREATE TABLE probe (id INTEGER);\n" + slow + "INSERT INTO probe VALUES (1);\n");

    QProcess p;
    QString output = startUpUntilStep(p, folder, url, u"005"_s);
    QThread::msleep(500); // into the long statement
    QElapsedTimer timer;
    timer.start();
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(10000));
    const qint64 ms = timer.elapsed();
    output += QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    qInfo("%s: ended %lld ms after Ctrl-C", qPrintable(engine), ms);
    QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
    QCOMPARE(p.exitCode(), 130); // 128 + SIGINT: stopped by the signal, cleanly (issue #14, defect 11)
    QVERIFY2(output.contains(u"CANCELLED"_s), qPrintable(output));

    auto connection = test::connect(*target);
    const MigrationSource source = discoverMigrations(folder, {Format::Unknown, {}, connection->dialect()});
    const StatusEntry last = test::folderStatus(source, *connection).constLast();
    const QString snapshot = test::snapshot(*connection);
    if (connection->dialect() == Dialect::MySQL) {
        QCOMPARE(last.state, MigrationState::Failed);
        QCOMPARE(last.history->failedStatement, 2); // KILL QUERY stopped the SLEEP
        QVERIFY(last.history->error.contains(u"cancelled while it ran"_s));
        QVERIFY(snapshot.contains(u"probe"_s));
    } else {
        QCOMPARE(last.state, MigrationState::Pending);
        QVERIFY(!snapshot.contains(u"probe"_s));
    }
}

// Four godwit-cli processes at once on one database, 20 rounds: every migration runs once.
void TestEnginesInterrupted::concurrentProcesses()
{
    QFETCH(QString, engine);
    constexpr int rounds = 20;
    constexpr int processes = 4;
    QTemporaryDir dir;
    const QString folder = copyFolder(engine, dir);
    int raced = 0;
    for (int round = 0; round < rounds; ++round) {
        QTemporaryDir roundDir;
        GODWIT_FRESH_TARGET(target, engine, roundDir.path());
        for (const test::CliRun &run :
             test::cliAtOnce({u"up"_s, u"--project"_s, folder, u"--url"_s, target->display()}, processes)) {
            QVERIFY2(run.exit == 0, qPrintable(run.output));
            raced += run.output.contains(u"Nothing to do"_s) || run.output.contains(u"skipped"_s);
        }
        auto connection = test::connect(*target);
        QSqlQuery q(connection->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM godwit_schema_history WHERE status = 'applied'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        QVERIFY(q.exec(u"SELECT count(*) FROM godwit_audit_log WHERE outcome = 'ok'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        // The seed ran once: five (or three) customers, not ten.
        QVERIFY(q.exec(u"SELECT count(*) FROM orders"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), test::dialectOf(engine) == Dialect::MySQL ? 3 : 5);
    }
    qInfo("%s: %d rounds of %d processes; %d runs found their work done by another", qPrintable(engine), rounds,
          processes, raced);
}

QTEST_GUILESS_MAIN(TestEnginesInterrupted)
#include "tst_enginesinterrupted.moc"
