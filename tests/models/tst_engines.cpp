#include "database/executor.h"
#include "database/runlock.h"
#include "plan/status.h"

#include "support/testtargets.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QRandomGenerator>
#include <QSet>
#include <QScopeGuard>
#include <QThread>

#include <csignal>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! The same engine suite on SQLite, PostgreSQL and MariaDB (real servers from ctest's
    "servers" fixture), on realistic folders per dialect in tests/data/engines. */
class TestEngines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data() { test::addEngineRows(); }
    void roundTrip();
    void failureInTheMiddle_data() { test::addEngineRows(); }
    void failureInTheMiddle();
    void secondRunWaitsForTheLock_data() { test::addEngineRows(); }
    void secondRunWaitsForTheLock();
    void postgresConcurrentIndex();
    void sessionTimeouts_data();
    void sessionTimeouts();
    void postgresSchema();
    void repairFailedMigration_data() { test::addEngineRows(); }
    void repairFailedMigration();
    void killedRun_data() { test::addEngineRows(); }
    void killedRun();
    void serverStoppedMidRun_data();
    void serverStoppedMidRun();
    void passwordFromEnvironment();
    void tlsOptionsReachTheDriver();
    void cancelLongStatement_data() { test::addEngineRows(); }
    void cancelLongStatement();
    void concurrentProcesses_data() { test::addEngineRows(); }
    void concurrentProcesses();

private:
    /*! The engine's fixture folder, copied so that tests may add files. */
    static QString copyFolder(const QString &engine, const QTemporaryDir &dir);
};


QString TestEngines::copyFolder(const QString &engine, const QTemporaryDir &dir)
{
    const QString from = QStringLiteral(GODWIT_TEST_DATA "/engines/")
                         + dialectName(test::dialectOf(engine));
    const QString to = dir.filePath(u"migrations"_s);
    QDir().mkpath(to);
    for (const QString &file : QDir(from).entryList(QDir::Files))
        QFile::copy(from + u'/' + file, to + u'/' + file);
    return to;
}

void TestEngines::roundTrip()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    const QString folder = copyFolder(engine, dir);
    auto connection = test::connect(*target);
    QVERIFY(connection);
    const QString empty = test::snapshot(*connection);

    ExecutionReport up = test::migrate(folder, *connection, {Direction::Up});
    QVERIFY2(up.ok, qPrintable(up.error.english() + (up.steps.isEmpty() ? QString() : up.steps.constLast().message.english())));
    QCOMPARE(up.steps.size(), 4);
    const MigrationSource source = discoverMigrations(folder, {Format::Unknown, {}, connection->dialect()});
    for (const StatusEntry &e : test::folderStatus(source, *connection))
        QCOMPARE(stateId(e.state), u"applied"_s);
    const QString full = test::snapshot(*connection);
    QVERIFY(full.contains(u"orders: "_s)); // the seed ran, through DO blocks, procedures, CTEs
    QVERIFY(full.contains(u"trg_orders_"_s));

    const ExecutionReport down = test::migrate(folder, *connection, {Direction::Down, u"0"_s});
    QVERIFY2(down.ok, qPrintable(down.error.english() + (down.steps.isEmpty() ? QString() : down.steps.constLast().message.english())));
    QCOMPARE(down.steps.size(), 4);
    QString after = test::snapshot(*connection);
    // What remains are Godwit's own (now empty) history table's columns.
    QVERIFY2(!after.contains(u"orders"_s), qPrintable(after));
    QSqlQuery q(connection->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM godwit_audit_log WHERE outcome = 'ok'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 8);
    q.finish();
    QVERIFY(test::migrate(folder, *connection, {Direction::Up}).ok);
    QCOMPARE(test::snapshot(*connection).count(u"orders: "_s), full.count(u"orders: "_s));
    Q_UNUSED(empty);
}

// A migration whose third statement fails: SQLite and PostgreSQL roll it back whole; on
// MariaDB the first two statements stay, and the history says so.
void TestEngines::failureInTheMiddle()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    const QString folder = copyFolder(engine, dir);
    auto connection = test::connect(*target);
    QVERIFY(connection);
    QVERIFY(test::migrate(folder, *connection, {Direction::Up}).ok);
    QFile broken(folder + u"/005_broken.up.sql"_s);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("CREATE TABLE probe (id INTEGER);\nINSERT INTO probe VALUES (1);\n  INSERT INTO no_such_table VALUES (1);\n");
    broken.close();
    const QString before = test::snapshot(*connection);

    const ExecutionReport report = test::migrate(folder, *connection, {Direction::Up});
    QVERIFY(!report.ok);
    const StepResult &failed = report.steps.constLast();
    QCOMPARE(failed.outcome, StepResult::Outcome::Failed);
    QCOMPARE(failed.failedStatement, 3);
    QCOMPARE(failed.location.line, 3);
    QCOMPARE(failed.location.column, 3);
    QVERIFY2(failed.message.english().contains(u"no_such_table"_s), qPrintable(failed.message.english()));

    const MigrationSource source = discoverMigrations(folder, {Format::Unknown, {}, connection->dialect()});
    const StatusEntry last = test::folderStatus(source, *connection).constLast();
    if (connection->dialect() == Dialect::MySQL) {
        QCOMPARE(last.state, MigrationState::Failed);
        QCOMPARE(last.history->failedStatement, 3);
        QCOMPARE(last.history->statementCount, 3);
        QVERIFY(last.history->error.contains(u"005_broken.up.sql:3:3"_s));
        QVERIFY(test::snapshot(*connection).contains(u"probe: 1"_s));
        QVERIFY(makePlan(source, test::folderStatus(source, *connection), {Direction::Up}).error.english().contains(u"repaired first"_s));
    } else {
        QCOMPARE(last.state, MigrationState::Pending);
        QCOMPARE(test::snapshot(*connection), before);
    }
}

void TestEngines::secondRunWaitsForTheLock()
{
    QFETCH(QString, engine);
    if (test::dialectOf(engine) == Dialect::SQLite)
        QSKIP("SQLite has no run lock: each migration takes BEGIN IMMEDIATE (tst_cli races four processes on it)");
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    const QString folder = copyFolder(engine, dir);
    auto holder = test::connect(*target);
    auto runner = test::connect(*target);
    QVERIFY(holder && runner);
    auto held = RunLock::acquire(*holder, 1);
    QVERIFY2(held.lock, qPrintable(held.error));

    QElapsedTimer timer;
    timer.start();
    const ExecutionReport blocked = test::migrate(folder, *runner, {Direction::Up}, {1});
    QVERIFY(!blocked.ok);
    QVERIFY2(blocked.error.english().contains(u"another run holds the migration lock"_s), qPrintable(blocked.error.english()));
    QVERIFY(timer.elapsed() >= 900 && timer.elapsed() < 10000);
    QVERIFY(blocked.steps.isEmpty());

    held.lock.reset();
    QVERIFY(test::migrate(folder, *runner, {Direction::Up}, {1}).ok);
}

// CREATE INDEX CONCURRENTLY cannot run in a transaction: the parse tree says so, the
// migration runs statement by statement, and a failed build names the INVALID index left.
void TestEngines::postgresConcurrentIndex()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"postgresql"_s, dir.path());
    const QString folder = copyFolder(u"postgresql"_s, dir);
    auto connection = test::connect(*target);
    QVERIFY(connection);
    QFile good(folder + u"/005_index.up.sql"_s);
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write("CREATE INDEX CONCURRENTLY idx_orders_total ON orders (total_cents);\n");
    good.close();
    QFile bad(folder + u"/006_unique.up.sql"_s);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("-- every seeded order has status 'new' or 'paid': not unique\n"
              "CREATE UNIQUE INDEX CONCURRENTLY idx_orders_status ON orders (status);\n");
    bad.close();

    const ExecutionReport report = test::migrate(folder, *connection, {Direction::Up});
    QVERIFY(!report.ok);
    QCOMPARE(report.steps.size(), 6);
    QCOMPARE(report.steps.at(4).outcome, StepResult::Outcome::Done);
    const StepResult &failed = report.steps.at(5);
    QCOMPARE(failed.outcome, StepResult::Outcome::Failed);
    QVERIFY2(failed.message.english().contains(u"could not create unique index"_s), qPrintable(failed.message.english()));
    QVERIFY(failed.message.english().contains(u"DROP INDEX CONCURRENTLY IF EXISTS idx_orders_status"_s));
    QSqlQuery q(connection->database());
    QVERIFY(q.exec(u"SELECT indisvalid FROM pg_index WHERE indexrelid = 'idx_orders_status'::regclass"_s) && q.next());
    QCOMPARE(q.value(0).toBool(), false); // what the message warns about is there
    QVERIFY(q.exec(u"SELECT indisvalid FROM pg_index WHERE indexrelid = 'idx_orders_total'::regclass"_s) && q.next());
    QCOMPARE(q.value(0).toBool(), true);
    q.finish();
    const MigrationSource source = discoverMigrations(folder, {Format::Unknown, {}, Dialect::PostgreSQL});
    const StatusEntry last = test::folderStatus(source, *connection).constLast();
    QCOMPARE(last.state, MigrationState::Failed);
    QCOMPARE(last.history->failedStatement, 1);
}

static QString writeMigration(const QString &folder, const QString &name, const QByteArray &sql)
{
    QFile file(folder + u'/' + name);
    if (file.open(QIODevice::WriteOnly))
        file.write(sql);
    return file.fileName();
}

struct CliRun
{
    int exit = -1;
    QString output;
    qint64 ms = 0;
};

static CliRun cli(const QStringList &args)
{
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(GODWIT_CLI), args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()), timer.elapsed()};
}

void TestEngines::sessionTimeouts_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArray>("migration");
    QTest::addColumn<QString>("expected");
    QTest::newRow("postgresql statement_timeout")
        << u"postgresql"_s << u"--statement-timeout=300ms"_s << QByteArray("SELECT pg_sleep(20);\n")
        << u"statement timeout"_s;
    QTest::newRow("postgresql lock_timeout")
        << u"postgresql"_s << u"--lock-timeout=300ms"_s << QByteArray("ALTER TABLE orders ADD COLUMN flag boolean;\n")
        << u"lock timeout"_s;
    QTest::newRow("mariadb lock_wait_timeout")
        << u"mariadb"_s << u"--lock-timeout=1s"_s << QByteArray("ALTER TABLE orders ADD COLUMN flag BOOLEAN;\n")
        << u"Lock wait timeout exceeded"_s;
}

// Timeouts set for a run stop a migration that would wait or run too long, and the
// migration is then failed (or rolled back) like any other.
void TestEngines::sessionTimeouts()
{
    QFETCH(QString, engine);
    QFETCH(QString, option);
    QFETCH(QByteArray, migration);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    const QString folder = copyFolder(engine, dir);
    QCOMPARE(cli({u"up"_s, u"--project"_s, folder, u"--url"_s, target->display()}).exit, 0);
    writeMigration(folder, u"005_slow.up.sql"_s, migration);

    // Another session holds the table, as a long report would.
    auto holder = test::connect(*target);
    QSqlQuery q(holder->database());
    QVERIFY(holder->database().transaction());
    QVERIFY(q.exec(u"SELECT count(*) FROM orders"_s) && q.next());
    const CliRun r = cli({u"up"_s, option, u"--project"_s, folder, u"--url"_s, target->display()});
    QVERIFY(holder->database().rollback());
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.output.contains(expected, Qt::CaseInsensitive), qPrintable(r.output));
    QVERIFY2(r.ms < 8000, qPrintable(QString::number(r.ms)));
}

// --schema puts the migrations where it says; Godwit's history stays where the project keeps
// it (public here), so that a later run without --schema finds everything applied.
void TestEngines::postgresSchema()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"postgresql"_s, dir.path());
    const QString folder = copyFolder(u"postgresql"_s, dir);
    {
        auto admin = test::connect(*target);
        QSqlQuery q(admin->database());
        QVERIFY(q.exec(u"CREATE SCHEMA shop"_s));
    }
    const CliRun r = cli({u"up"_s, u"--schema=shop"_s, u"--project"_s, folder, u"--url"_s, target->display()});
    QVERIFY2(r.exit == 0, qPrintable(r.output));
    auto connection = test::connect(*target);
    QSqlQuery q(connection->database());
    QVERIFY(q.exec(u"SELECT table_name, table_schema FROM information_schema.tables WHERE table_name IN "
                   u"('orders', 'godwit_schema_history') ORDER BY 1"_s));
    QStringList where;
    while (q.next())
        where << q.value(0).toString() + u' ' + q.value(1).toString();
    QCOMPARE(where, QStringList({u"godwit_schema_history public"_s, u"orders shop"_s}));
    const CliRun status = cli({u"status"_s, u"--schema=shop"_s, u"--project"_s, folder, u"--url"_s, target->display()});
    QVERIFY2(status.output.contains(u"Current    004, 0 pending"_s), qPrintable(status.output));
    const CliRun plain = cli({u"status"_s, u"--project"_s, folder, u"--url"_s, target->display()});
    QVERIFY2(plain.output.contains(u"Current    004, 0 pending"_s), qPrintable(plain.output));
    const CliRun again = cli({u"up"_s, u"--project"_s, folder, u"--url"_s, target->display()});
    QVERIFY2(again.exit == 0 && !again.output.contains(u"001"_s), qPrintable(again.output));
}

// A migration run statement by statement fails at its third statement; repair shows what
// ran, refuses a retry whose earlier statements changed, retries from the failed one once
// the cause is fixed; then a second failure is rolled back by its down script, and a third
// marked applied. Every repair is in the audit log.
void TestEngines::repairFailedMigration()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    const QString folder = copyFolder(engine, dir);
    const QString url = target->display();
    const QStringList where{u"--project"_s, folder, u"--url"_s, url};
    QCOMPARE(cli(QStringList{u"up"_s} + where).exit, 0);
    const QByteArray batch = "-- godwit:no-transaction\nCREATE TABLE batch (id INTEGER);\nINSERT INTO batch VALUES (1);\n"
                             "INSERT INTO batch_source VALUES (2);\nINSERT INTO batch VALUES (3);\n";
    const QString file = writeMigration(folder, u"005_batch.up.sql"_s, batch);
    writeMigration(folder, u"005_batch.down.sql"_s, "DROP TABLE batch;\n");
    QCOMPARE(cli(QStringList{u"up"_s} + where).exit, 1);

    CliRun r = cli(QStringList{u"repair"_s} + where);
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.output.contains(u"005 batch: stopped at statement 3 of 4"_s), qPrintable(r.output));
    QVERIFY(r.output.contains(u"2  ran"_s) && r.output.contains(u"3  failed"_s) && r.output.contains(u"4  not run"_s));
    QVERIFY(cli(QStringList{u"repair"_s, u"--retry-from=4"_s} + where).output.contains(u"not at 4"_s));

    // The cause is fixed, but the file was edited since: the retry is refused.
    {
        auto connection = test::connect(*target);
        QSqlQuery q(connection->database());
        QVERIFY(q.exec(u"CREATE TABLE batch_source (id INTEGER)"_s));
    }
    writeMigration(folder, u"005_batch.up.sql"_s, QByteArray(batch).replace("VALUES (1)", "VALUES (10)"));
    r = cli(QStringList{u"repair"_s, u"005"_s, u"--retry-from=3"_s} + where);
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.output.contains(u"changed since they ran"_s) && r.output.contains(u"statement 2 at "_s), qPrintable(r.output));
    writeMigration(folder, u"005_batch.up.sql"_s, batch);
    r = cli(QStringList{u"repair"_s, u"005"_s, u"--retry-from=3"_s} + where);
    QVERIFY2(r.exit == 0, qPrintable(r.output));

    auto connection = test::connect(*target);
    QSqlQuery q(connection->database());
    QVERIFY(q.exec(u"SELECT count(*), sum(id) FROM batch"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // 1 from the first run, 3 from the retry
    QCOMPARE(q.value(1).toInt(), 4);
    q.finish();
    const MigrationSource source = discoverMigrations(folder, {Format::Unknown, {}, connection->dialect()});
    QCOMPARE(test::folderStatus(source, *connection).constLast().state, MigrationState::Applied);

    // A second failure, rolled back by its down script; a third, marked applied.
    writeMigration(folder, u"006_flag.up.sql"_s, "-- godwit:no-transaction\nCREATE TABLE flag (id INTEGER);\nINSERT INTO nowhere VALUES (1);\n");
    writeMigration(folder, u"006_flag.down.sql"_s, "DROP TABLE flag;\n");
    QCOMPARE(cli(QStringList{u"up"_s} + where).exit, 1);
    r = cli(QStringList{u"repair"_s, u"--run-down"_s} + where);
    QVERIFY2(r.exit == 0, qPrintable(r.output));
    QVERIFY(!test::snapshot(*connection).contains(u"flag"_s));
    QCOMPARE(cli(QStringList{u"status"_s} + where).output.contains(u"pending       006"_s), true);
    QCOMPARE(cli(QStringList{u"up"_s} + where).exit, 1);
    QCOMPARE(cli(QStringList{u"repair"_s, u"--mark-applied"_s} + where).exit, 0);
    QVERIFY(cli(QStringList{u"status"_s} + where).output.contains(u"applied       006"_s));

    QVERIFY(q.exec(u"SELECT action FROM godwit_audit_log WHERE action LIKE 'repair%' ORDER BY id"_s));
    QStringList repairs;
    while (q.next())
        repairs << q.value(0).toString();
    QCOMPARE(repairs, (QStringList{u"repair: retry from statement 3"_s, u"repair: run down"_s, u"repair: mark applied"_s}));
}

// SIGKILL at a random moment of a 200-migration run, 20 rounds: the history agrees with the
// schema. SQLite and PostgreSQL have nothing half-applied; on MariaDB at most the migration
// under way is left, shown as failed with its statement. The next run is not held up by
// the dead run's lock.
void TestEngines::killedRun()
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

void TestEngines::serverStoppedMidRun_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("expected");
    QTest::newRow("postgresql") << u"postgresql"_s << u"terminat"_s;
    QTest::newRow("mariadb") << u"mariadb"_s << u"server"_s;
}

// The server goes away in the middle of a long statement (servers of this test's own, so
// that the others keep theirs): a clear error at once, never a hang.
void TestEngines::serverStoppedMidRun()
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
    p.start(QStringLiteral(GODWIT_CLI), {u"up"_s, u"--project"_s, folder, u"--url"_s, url});
    QString output;
    QDeadlineTimer running(20000);
    while (!output.contains(u"[1/1] up 001"_s) && !running.hasExpired()) {
        p.waitForReadyRead(100);
        output += QString::fromUtf8(p.readAllStandardOutput());
    }
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

// A user with a password: it comes from GODWIT_PASSWORD or MYSQL_PWD, a missing one is the
// server's clear refusal, and the secret shows in no output.
void TestEngines::passwordFromEnvironment()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"mariadb"_s, dir.path());
    const QString secret = u"Wh1spered-S3cret"_s;
    const QString user = u"u_"_s + target->database; // users are server-wide: one per test run
    {
        auto admin = test::connect(*target);
        QSqlQuery q(admin->database());
        // The host part as the server sees a loopback client (its anonymous users for
        // localhost would match before a '%').
        for (const QString &host : {u"localhost"_s, u"127.0.0.1"_s, u"%"_s}) {
            QVERIFY(q.exec(u"CREATE USER '"_s + user + u"'@'"_s + host + u"' IDENTIFIED BY '"_s + secret + u"'"_s));
            QVERIFY(q.exec(u"GRANT ALL ON "_s + target->database + u".* TO '"_s + user + u"'@'"_s + host + u"'"_s));
        }
    }
    const QString folder = copyFolder(u"mariadb"_s, dir);
    const QString url = QStringLiteral("mysql://%1@127.0.0.1:%2/%3").arg(user).arg(target->port).arg(target->database);
    auto runWith = [&](const char *variable) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"GODWIT_PASSWORD"_s);
        env.remove(u"MYSQL_PWD"_s);
        if (variable)
            env.insert(QString::fromLatin1(variable), secret);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GODWIT_CLI), {u"up"_s, u"--project"_s, folder, u"--url"_s, url});
        p.waitForFinished(60000);
        return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
    };
    const auto [refusedExit, refused] = runWith(nullptr);
    QCOMPARE(refusedExit, 1);
    QVERIFY2(refused.contains(u"Access denied"_s) && refused.contains(user + u"@127.0.0.1"_s), qPrintable(refused));
    const auto [okExit, ok] = runWith("GODWIT_PASSWORD");
    QVERIFY2(okExit == 0, qPrintable(ok));
    QCOMPARE(runWith("MYSQL_PWD").first, 0);
    QVERIFY(!refused.contains(secret) && !ok.contains(secret));
}

// TLS options in the URL go to libpq as they are: the test server has no TLS, so
// sslmode=require must be refused by the driver, and sslmode=disable must work.
void TestEngines::tlsOptionsReachTheDriver()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"postgresql"_s, dir.path());
    const QString folder = copyFolder(u"postgresql"_s, dir);
    const CliRun required = cli({u"status"_s, u"--project"_s, folder, u"--url"_s, target->display() + u"?sslmode=require"_s});
    QCOMPARE(required.exit, 1);
    QVERIFY2(required.output.contains(u"SSL"_s), qPrintable(required.output));
    const CliRun disabled = cli({u"status"_s, u"--project"_s, folder, u"--url"_s, target->display() + u"?sslmode=disable"_s});
    QVERIFY2(disabled.exit == 0, qPrintable(disabled.output));
}

// Ctrl-C while a long statement runs: the process ends within 2 seconds, and the state is
// exact: rolled back on SQLite and PostgreSQL, failed at its statement on MariaDB.
void TestEngines::cancelLongStatement()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    const QString folder = copyFolder(engine, dir);
    const QString url = target->display();
    QCOMPARE(cli({u"up"_s, u"--project"_s, folder, u"--url"_s, url}).exit, 0);
    const QByteArray slow = target->dialect == Dialect::PostgreSQL ? "SELECT pg_sleep(30);\n"
                            : target->dialect == Dialect::MySQL
                                ? "SELECT SLEEP(30);\n"
                                : "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000000)\n"
                                  "SELECT count(*) FROM c;\n";
    writeMigration(folder, u"005_long.up.sql"_s, "CREATE TABLE probe (id INTEGER);\n" + slow + "INSERT INTO probe VALUES (1);\n");

    QProcess p;
    p.start(QStringLiteral(GODWIT_CLI), {u"up"_s, u"--project"_s, folder, u"--url"_s, url});
    QString output;
    QDeadlineTimer started(20000);
    while (!output.contains(u"[1/1] up 005"_s) && !started.hasExpired()) {
        p.waitForReadyRead(100);
        output += QString::fromUtf8(p.readAllStandardOutput());
    }
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
void TestEngines::concurrentProcesses()
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
        std::vector<std::unique_ptr<QProcess>> runs;
        for (int i = 0; i < processes; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProgram(QStringLiteral(GODWIT_CLI));
            p->setArguments({u"up"_s, u"--project"_s, folder, u"--url"_s, target->display()});
            runs.push_back(std::move(p));
        }
        for (auto &p : runs)
            p->start();
        for (auto &p : runs) {
            QVERIFY(p->waitForFinished(60000));
            const QString out = QString::fromUtf8(p->readAllStandardOutput() + p->readAllStandardError());
            QVERIFY2(p->exitCode() == 0, qPrintable(out));
            raced += out.contains(u"Nothing to do"_s) || out.contains(u"skipped"_s);
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

QTEST_GUILESS_MAIN(TestEngines)
#include "tst_engines.moc"
