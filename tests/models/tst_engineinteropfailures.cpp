#include "support/peerruns.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

using namespace godwit;
using namespace Qt::StringLiterals;
using godwit::test::cli;

/*! Interop mode (issue #17) when a migration does not end well, on each engine: a migration
    failing part-way leaves the tool's table as the tool itself leaves it (MariaDB, where DDL
    commits as it runs: Flyway's success = false row, Prisma's unfinished row with the error;
    elsewhere the rollback leaves no row), and the repair clears the failure in both
    histories; godwit-cli killed in the middle of a migration leaves golang-migrate's row
    dirty at that version where part of it stays (MariaDB), as golang-migrate's own run
    would, and nothing anywhere where the transaction went with the connection. */
class TestEngineInteropFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failureRows_data();
    void failureRows();
    void killedMidMigration_data();
    void killedMidMigration();
};

namespace {

QStringList args(const QString &command, const QString &project, const ConnectionSpec &target, const QStringList &more = {})
{
    return QStringList{command} + more + QStringList{u"--project"_s, project, u"--url"_s, target.display()};
}

struct FailureCase
{
    QString tool;
    QString first, second; ///< the files of the migration that works and the one that fails
    QString query;         ///< the tool's rows, oldest first
    QStringList afterFailure; ///< on MariaDB; elsewhere the first migration's row alone
    QStringList afterRepair;
};

QList<FailureCase> failureCases()
{
    return {
        {u"flyway"_s, u"V1__a.sql"_s, u"V2__b.sql"_s,
         u"SELECT version, CASE WHEN success THEN 1 ELSE 0 END FROM flyway_schema_history ORDER BY installed_rank"_s,
         {u"1|1"_s, u"2|0"_s},
         {u"1|1"_s, u"2|1"_s}},
        {u"prisma"_s, u"20240101000000_a/migration.sql"_s, u"20240102000000_b/migration.sql"_s,
         u"SELECT migration_name, CASE WHEN finished_at IS NULL THEN 0 ELSE 1 END, CASE WHEN rolled_back_at IS NULL THEN 0 "
         u"ELSE 1 END, applied_steps_count, CASE WHEN logs LIKE '%x2%' THEN 'error kept' ELSE '' END FROM "
         u"_prisma_migrations ORDER BY migration_name, started_at, finished_at"_s,
         {u"20240101000000_a|1|0|1|"_s, u"20240102000000_b|0|0|0|error kept"_s},
         {u"20240101000000_a|1|0|1|"_s, u"20240102000000_b|0|1|0|error kept"_s, u"20240102000000_b|1|0|1|"_s}},
    };
}

} // namespace

void TestEngineInteropFailures::failureRows_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("tool");
    for (const QString &engine : test::engines()) {
        for (int i = 0; i < failureCases().size(); ++i)
            QTest::addRow("%s/%s", qPrintable(engine), qPrintable(failureCases().at(i).tool)) << engine << i;
    }
}

// The second migration's second statement fails. On MariaDB its first statement stays:
// the tool's table says it failed, as the tool's own run would have left it, and so does
// status; repair --mark-applied (once the database is put right) clears it in both tables.
void TestEngineInteropFailures::failureRows()
{
    QFETCH(QString, engine);
    QFETCH(int, tool);
    const FailureCase c = failureCases().at(tool);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    const QString project = dir.filePath(u"project"_s);
    const QString folder = project + u"/migrations"_s;
    test::writeFile(folder + u'/' + c.first, "CREATE TABLE x1 (id INTEGER);\n");
    test::writeFile(folder + u'/' + c.second, "CREATE TABLE x2 (id INTEGER);\nCREATE TABLE x2 (id INTEGER);\n");
    if (c.tool == u"prisma")
        test::writeFile(folder + u"/migration_lock.toml"_s,
                        "provider = \"" + QByteArray(target->dialect == Dialect::PostgreSQL ? "postgresql"
                                                     : target->dialect == Dialect::MySQL ? "mysql"
                                                                                         : "sqlite") + "\"\n");
    test::writeFile(project + u"/godwit.json"_s, "{\"migrations\": \"migrations\", \"history\": {\"adopt\": \""
                                                     + c.tool.toUtf8() + "\", \"mode\": \"interop\"}}\n");
    const auto up = cli(args(u"up"_s, project, *target));
    QVERIFY2(up.exit != 0, qPrintable(up.output));
    auto connection = test::connect(*target);
    QVERIFY(connection);
    const bool mysql = target->dialect == Dialect::MySQL;
    QCOMPARE(test::rows(*connection, c.query), mysql ? c.afterFailure : c.afterFailure.mid(0, 1));
    const QStringList states = test::states(project, *target);
    QCOMPARE(states.at(1).section(u':', 1, 1), mysql ? u"failed"_s : u"pending"_s);
    if (!mysql)
        return;
    const auto repaired = cli(args(u"repair"_s, project, *target, {states.at(1).section(u':', 0, 0), u"--mark-applied"_s}));
    QVERIFY2(repaired.exit == 0, qPrintable(repaired.output));
    QCOMPARE(test::rows(*connection, c.query), c.afterRepair);
    for (const QString &state : test::states(project, *target))
        QVERIFY2(state.contains(u":applied:"_s), qPrintable(state));
}

void TestEngineInteropFailures::killedMidMigration_data()
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : test::engines()) {
        if (test::dialectOf(engine) != Dialect::SQLite)
            QTest::newRow(qPrintable(engine)) << engine;
    }
}

// godwit-cli is killed while the second migration sleeps between its two CREATE TABLEs.
// MariaDB keeps the first: golang-migrate's row is dirty at 2 and Godwit's says under way;
// repair --retry-from 2 (the sleep shortened) finishes it and both are clean. PostgreSQL's transaction went with
// the connection, which the server noticed within seconds: both say 1, and the next up
// applies 2.
void TestEngineInteropFailures::killedMidMigration()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    const QString project = dir.filePath(u"project"_s);
    const bool mysql = target->dialect == Dialect::MySQL;
    test::writeFile(project + u"/migrations/1_a.up.sql"_s, "CREATE TABLE x1 (id INTEGER);\n");
    test::writeFile(project + u"/migrations/2_b.up.sql"_s,
                    "CREATE TABLE gone (id INTEGER);\n" + QByteArray(mysql ? "SELECT SLEEP(60);\n" : "SELECT pg_sleep(60);\n")
                        + "CREATE TABLE after_sleep (id INTEGER);\n");
    test::writeFile(project + u"/godwit.json"_s,
                    "{\"migrations\": \"migrations\", \"history\": {\"adopt\": \"golang-migrate\", \"mode\": \"interop\"}}\n");
    auto connection = test::connect(*target);
    QVERIFY(connection);

    QProcess p;
    p.start(QStringLiteral(GODWIT_CLI), args(u"up"_s, project, *target));
    QVERIFY(p.waitForStarted());
    // Killed once the server runs the sleep, on this database (other tests share the server).
    const QString sleeping =
        mysql ? u"SELECT count(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND INFO LIKE 'SELECT SLEEP(60)%'"_s
              : u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'SELECT pg_sleep(60)%'"_s;
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && test::rows(*connection, sleeping) != QStringList{u"1"_s})
        QThread::msleep(50);
    QVERIFY(!deadline.hasExpired());
    ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished(10000));

    const QString golang = u"SELECT version, CASE WHEN dirty THEN 1 ELSE 0 END FROM schema_migrations"_s;
    QCOMPARE(test::rows(*connection, golang), QStringList{mysql ? u"2|1"_s : u"1|0"_s});
    const QStringList states = test::states(project, *target);
    QCOMPARE(states.at(1).section(u':', 1, 1), mysql ? u"failed"_s : u"pending"_s);
    // The DBA shortens the sleep and goes on from the statement that was under way.
    test::writeFile(project + u"/migrations/2_b.up.sql"_s,
                    "CREATE TABLE gone (id INTEGER);\n" + QByteArray(mysql ? "SELECT SLEEP(0);\n" : "SELECT pg_sleep(0);\n")
                        + "CREATE TABLE after_sleep (id INTEGER);\n");
    if (mysql) {
        const auto repaired = cli(args(u"repair"_s, project, *target, {u"2"_s, u"--retry-from"_s, u"2"_s}));
        QVERIFY2(repaired.exit == 0, qPrintable(repaired.output));
    } else {
        // The dead run's statement stopped with its client (client_connection_check_interval):
        // its lock is free within seconds, not when the sleep would have ended.
        const auto again = cli(args(u"up"_s, project, *target));
        QVERIFY2(again.exit == 0 && again.ms < 20000, qPrintable(again.output));
    }
    QCOMPARE(test::rows(*connection, golang), QStringList{u"2|0"_s});
    QCOMPARE(test::states(project, *target), (QStringList{u"1:applied:godwit"_s, u"2:applied:godwit"_s}));
}

QTEST_GUILESS_MAIN(TestEngineInteropFailures)
#include "tst_engineinteropfailures.moc"
