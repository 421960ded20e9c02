#include "database/executor.h"
#include "database/runlock.h"
#include "plan/status.h"

#include "support/engineruns.h"
#include "support/testtargets.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;
using godwit::test::cli;
using godwit::test::CliRun;
using godwit::test::copyFolder;
using godwit::test::writeMigration;

/*! The same engine suite on SQLite, PostgreSQL and MariaDB (real servers from ctest's
    "servers" fixture), on realistic folders per dialect in tests/data/engines: a plan run up
    and down, a failure in the middle, the run lock, and repairing a failed migration. The
    same engines under interruptions are in tst_enginesinterrupted.cpp, their connection and
    session settings in tst_enginesessions.cpp. */
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
    void repairFailedMigration_data() { test::addEngineRows(); }
    void repairFailedMigration();
};

void TestEngines::roundTrip()
{
    QFETCH(QString, engine);
    GODWIT_ENGINE_FOLDER(engine);
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
    GODWIT_ENGINE_FOLDER(engine);
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
    GODWIT_ENGINE_FOLDER(engine);
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
    GODWIT_ENGINE_FOLDER(u"postgresql"_s);
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

// A migration run statement by statement fails at its third statement; repair shows what
// ran, refuses a retry whose earlier statements changed, retries from the failed one once
// the cause is fixed; then a second failure is rolled back by its down script, and a third
// marked applied. Every repair is in the audit log.
void TestEngines::repairFailedMigration()
{
    QFETCH(QString, engine);
    GODWIT_ENGINE_FOLDER(engine);
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

QTEST_GUILESS_MAIN(TestEngines)
#include "tst_engines.moc"
