#include "support/peerruns.h"

#include "migrations/checksum.h"

#include <QDir>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;
using godwit::test::cli;

/*! Databases migrated by other tools, adopted by Godwit on SQLite, PostgreSQL and MariaDB
    (issue #17): the real dbmate (npm, installed by packaging/install-deps.sh) applies half a
    folder and Godwit goes on from there; Flyway, golang-migrate, goose, diesel and Prisma
    tables made with their documented DDL and rows (failed, dirty, baseline, repeatable) read
    as those tools mean them; the seed notes' runner table proposed by stem; baseline. */
class TestEnginePeers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dbmateHalfThenGodwit_data();
    void dbmateHalfThenGodwit();
    void toolTables_data();
    void toolTables();
    void seedRunnerByStem();
    void tablesThatAreNotATools_data();
    void tablesThatAreNotATools();
    void baselineRecordsWithoutRunning();
};

namespace {

using test::dbmateUrl;
using test::states;

} // namespace

void TestEnginePeers::dbmateHalfThenGodwit_data()
{
    test::engineRows();
}

// dbmate applies two of four migrations; status finds its table and proposes adopting it;
// adopted, the two show as applied by dbmate; up applies the other two.
void TestEnginePeers::dbmateHalfThenGodwit()
{
    QFETCH(QString, engine);
    const QString dbmate = QStringLiteral(GODWIT_NPM_BIN "/dbmate");
    QVERIFY2(QFileInfo(dbmate).isExecutable(), "dbmate is not installed: run packaging/install-deps.sh (npm)");
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    const QString folder = dir.filePath(u"db/migrations"_s);
    auto add = [&](int i) {
        test::writeFile(folder + u"/2024010100000%1_t%1.sql"_s.arg(i),
              "-- migrate:up\nCREATE TABLE t" + QByteArray::number(i) + " (id INTEGER);\n\n-- migrate:down\nDROP TABLE t"
                  + QByteArray::number(i) + ";\n");
    };
    add(1);
    add(2);
    QProcess p;
    p.start(dbmate, {u"--no-dump-schema"_s, u"--url"_s, dbmateUrl(*target), u"--migrations-dir"_s, folder, u"up"_s});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    add(3);
    add(4);

    const auto found = cli({u"status"_s, u"--project"_s, folder, u"--url"_s, target->display()});
    QVERIFY2(found.output.contains(u"Found      schema_migrations (dbmate): 2 applied, last 20240101000002"_s)
                 && found.output.contains(u"godwit-cli adopt dbmate"_s),
             qPrintable(found.output));
    const auto adopt = cli({u"adopt"_s, u"--project"_s, folder, u"--url"_s, target->display()});
    QVERIFY2(adopt.exit == 0, qPrintable(adopt.output));
    QCOMPARE(states(folder, *target), (QStringList{u"20240101000001:applied:dbmate"_s, u"20240101000002:applied:dbmate"_s,
                                                   u"20240101000003:pending:"_s, u"20240101000004:pending:"_s}));
    const auto up = cli({u"up"_s, u"--project"_s, folder, u"--url"_s, target->display()});
    QVERIFY2(up.exit == 0 && !up.output.contains(u"000001"_s) && up.output.contains(u"20240101000004  t4"_s), qPrintable(up.output));
    QCOMPARE(states(folder, *target), (QStringList{u"20240101000001:applied:dbmate"_s, u"20240101000002:applied:dbmate"_s,
                                                   u"20240101000003:applied:godwit"_s, u"20240101000004:applied:godwit"_s}));
    // dbmate's table is history, not drift; what Godwit applied it rolls back; what only
    // dbmate's table records is dbmate's to roll back.
    const auto drift = cli({u"verify"_s, u"--drift"_s, u"--project"_s, folder, u"--url"_s, target->display()});
    QVERIFY2(drift.exit == 0 && drift.output.contains(u"no structural change"_s), qPrintable(drift.output));
    const QStringList base{u"--project"_s, folder, u"--url"_s, target->display()};
    QCOMPARE(cli(QStringList{u"down"_s, u"--to"_s, u"20240101000002"_s} + base).exit, 0);
    const auto theirs = cli(QStringList{u"down"_s, u"--format"_s, u"json"_s} + base);
    QVERIFY2(theirs.exit == 1 && theirs.output.contains(u"\"other-tool\""_s) && theirs.output.contains(u"recorded by dbmate"_s),
             qPrintable(theirs.output));
}

void TestEnginePeers::toolTables_data()
{
    test::engineRows();
}

// Each tool's table as its DDL makes it on the engine, with the rows that tool writes; the
// folder in that tool's naming; godwit.json adopting it.
void TestEnginePeers::toolTables()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    auto connection = test::connect(*target);
    QVERIFY(connection);
    const bool pg = target->dialect == Dialect::PostgreSQL;
    const QString boolean = target->dialect == Dialect::SQLite ? u"INTEGER"_s : u"BOOLEAN"_s;
    const QString yes = target->dialect == Dialect::SQLite ? u"1"_s : u"TRUE"_s;
    const QString no = target->dialect == Dialect::SQLite ? u"0"_s : u"FALSE"_s;
    const QString stamp = pg ? u"TIMESTAMP"_s : u"DATETIME"_s;
    struct Case
    {
        QString tool;
        QStringList files; ///< path: content
        QStringList sql;
        QStringList expected;
    };
    const QByteArray v1 = "CREATE TABLE a (id INTEGER);\n";
    const QList<Case> cases = {
        {u"flyway"_s,
         {u"V1__a.sql"_s, u"V2__b.sql"_s, u"V3__c.sql"_s, u"R__views.sql"_s},
         {u"CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY, version VARCHAR(50), "
          u"description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL, checksum INT, "
          u"installed_by VARCHAR(100) NOT NULL, installed_on %1 NOT NULL DEFAULT CURRENT_TIMESTAMP, execution_time INT "
          u"NOT NULL, success %2 NOT NULL)"_s.arg(stamp, boolean),
          u"INSERT INTO flyway_schema_history VALUES (1, '1', 'a', 'SQL', 'V1__a.sql', %1, 'ci', '2026-11-02 10:00:00', 5, %2)"_s
              .arg(flywayChecksum(v1), yes),
          u"INSERT INTO flyway_schema_history VALUES (2, '2', 'b', 'SQL', 'V2__b.sql', 7, 'ci', '2026-11-02 10:00:01', 5, %1)"_s
              .arg(yes),
          u"INSERT INTO flyway_schema_history VALUES (3, NULL, 'views', 'SQL', 'R__views.sql', 9, 'ci', "
          u"'2026-11-02 10:00:02', 5, %1)"_s.arg(no)},
         {u"1:applied:flyway"_s, u"2:modified:flyway"_s, u"3:pending:"_s, u"R:failed:flyway"_s}},
        {u"golang-migrate"_s,
         {u"1_a.up.sql"_s, u"2_b.up.sql"_s, u"3_c.up.sql"_s},
         {u"CREATE TABLE schema_migrations (version BIGINT NOT NULL PRIMARY KEY, dirty %1 NOT NULL)"_s.arg(boolean),
          u"INSERT INTO schema_migrations VALUES (2, %1)"_s.arg(yes)},
         {u"1:applied:golang-migrate"_s, u"2:failed:golang-migrate"_s, u"3:pending:"_s}},
        {u"goose"_s,
         {u"1_a.sql"_s, u"2_b.sql"_s, u"3_c.sql"_s},
         {u"CREATE TABLE goose_db_version (id INTEGER PRIMARY KEY, version_id BIGINT NOT NULL, is_applied %1 NOT NULL, "
          u"tstamp %2 NULL DEFAULT CURRENT_TIMESTAMP)"_s.arg(boolean, stamp),
          u"INSERT INTO goose_db_version (id, version_id, is_applied) VALUES (1, 0, %1), (2, 1, %1), (3, 2, %1), "
          u"(4, 2, %2)"_s.arg(yes, no)},
         {u"1:applied:goose"_s, u"2:pending:"_s, u"3:pending:"_s}},
        {u"diesel"_s,
         {u"2024-01-01-000001_a/up.sql"_s, u"2024-01-02-000001_b/up.sql"_s},
         {u"CREATE TABLE __diesel_schema_migrations (version VARCHAR(50) PRIMARY KEY NOT NULL, run_on %1 NOT NULL "
          u"DEFAULT CURRENT_TIMESTAMP)"_s.arg(stamp),
          u"INSERT INTO __diesel_schema_migrations (version) VALUES ('20240101000001')"_s},
         {u"2024-01-01-000001:applied:diesel"_s, u"2024-01-02-000001:pending:"_s}},
        {u"prisma"_s,
         {u"20240101000000_a/migration.sql"_s, u"20240102000000_b/migration.sql"_s},
         {u"CREATE TABLE _prisma_migrations (id VARCHAR(36) PRIMARY KEY NOT NULL, checksum VARCHAR(64) NOT NULL, "
          u"finished_at %1 NULL, migration_name VARCHAR(255) NOT NULL, logs TEXT NULL, rolled_back_at %1 NULL, "
          u"started_at %1 NOT NULL DEFAULT CURRENT_TIMESTAMP, applied_steps_count INTEGER NOT NULL DEFAULT 0)"_s.arg(stamp),
          u"INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name) VALUES ('u1', '%1', "
          u"'2026-11-02 10:00:00', '20240101000000_a')"_s.arg(QString::fromLatin1(QCryptographicHash::hash(v1, QCryptographicHash::Sha256).toHex())),
          u"INSERT INTO _prisma_migrations (id, checksum, migration_name, logs) VALUES ('u2', 'x', '20240102000000_b', "
          u"'relation b exists')"_s},
         {u"20240101000000_a:applied:prisma"_s, u"20240102000000_b:failed:prisma"_s}},
    };
    for (const Case &c : cases) {
        const QString project = dir.filePath(c.tool);
        const QString folder = project + (c.tool == u"prisma" ? u"/prisma/migrations"_s : u"/migrations"_s);
        for (const QString &file : c.files)
            test::writeFile(folder + u'/' + file, file.startsWith(u"R__") ? "SELECT 1;\n" : v1);
        if (c.tool == u"goose")
            for (const QString &file : c.files)
                test::writeFile(folder + u'/' + file, "-- +goose Up\n" + v1 + "-- +goose Down\nDROP TABLE a;\n");
        if (c.tool == u"prisma")
            test::writeFile(folder + u"/migration_lock.toml"_s,
                  "provider = \"" + QByteArray(pg ? "postgresql" : target->dialect == Dialect::MySQL ? "mysql" : "sqlite") + "\"\n");
        test::writeFile(project + u"/godwit.json"_s,
              "{\"migrations\": \"" + QDir(project).relativeFilePath(folder).toUtf8() + "\", \"history\": {\"adopt\": \""
                  + c.tool.toUtf8() + "\"}}\n");
        for (const QString &sql : c.sql)
            QVERIFY2(test::execSql(*connection, sql), qPrintable(c.tool));
        QCOMPARE(states(project, *target), c.expected);
        for (const char *table : {"flyway_schema_history", "schema_migrations", "goose_db_version",
                                  "__diesel_schema_migrations", "_prisma_migrations"})
            test::execSql(*connection, u"DROP TABLE IF EXISTS "_s + QLatin1String(table));
    }
}

// The seed notes' runner: schema_migrations(version, applied_at) holding file stems. status
// proposes a custom table by stem; adopted, the next up applies only what is new.
void TestEnginePeers::seedRunnerByStem()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"postgresql"_s, dir.path());
    auto connection = test::connect(*target);
    QVERIFY(connection);
    const QString folder = dir.filePath(u"migrations"_s);
    test::writeFile(folder + u"/001_initial_schema.sql"_s, "BEGIN;\nCREATE TABLE users (id INTEGER);\nCOMMIT;\n");
    test::writeFile(folder + u"/001_initial_schema_down.sql"_s, "BEGIN;\nDROP TABLE users;\nCOMMIT;\n");
    test::writeFile(folder + u"/002_orders.sql"_s, "BEGIN;\nCREATE TABLE orders (id INTEGER);\nCOMMIT;\n");
    test::writeFile(folder + u"/002_orders_down.sql"_s, "BEGIN;\nDROP TABLE orders;\nCOMMIT;\n");
    QVERIFY(test::execSql(*connection, u"CREATE TABLE users (id INTEGER)"_s));
    QVERIFY(test::execSql(*connection, u"CREATE TABLE schema_migrations (version VARCHAR(50) PRIMARY KEY, applied_at TIMESTAMP "
                              u"DEFAULT CURRENT_TIMESTAMP)"_s));
    QVERIFY(test::execSql(*connection, u"INSERT INTO schema_migrations (version) VALUES ('001_initial_schema')"_s));
    const auto found = cli({u"status"_s, u"--project"_s, folder, u"--url"_s, target->display()});
    QVERIFY2(found.output.contains(u"godwit-cli adopt custom --table schema_migrations --column version --value stem"_s),
             qPrintable(found.output));
    const auto adopt = cli({u"adopt"_s, u"--project"_s, folder, u"--url"_s, target->display()});
    QVERIFY2(adopt.exit == 0 && adopt.output.contains(u"1 applied"_s), qPrintable(adopt.output));
    const auto up = cli({u"up"_s, u"--project"_s, folder, u"--url"_s, target->display()});
    QVERIFY2(up.exit == 0 && up.output.contains(u"orders"_s) && !up.output.contains(u"initial"_s), qPrintable(up.output));
    QCOMPARE(states(folder, *target), (QStringList{u"001:applied:custom"_s, u"002:applied:godwit"_s}));
}

void TestEnginePeers::tablesThatAreNotATools_data()
{
    test::engineRows();
}

// The application's own schema_migrations (not a tool's: no version column) is not reported
// and breaks nothing; a custom table described with a column it does not have is an error
// naming the table and the server's message, and nothing runs.
void TestEnginePeers::tablesThatAreNotATools()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    auto connection = test::connect(*target);
    QVERIFY(connection);
    const QString folder = dir.filePath(u"migrations"_s);
    test::writeFile(folder + u"/1_a.up.sql"_s, "CREATE TABLE a (id INTEGER);\n");
    QVERIFY(test::execSql(*connection, u"CREATE TABLE schema_migrations (id INTEGER, note VARCHAR(20))"_s));
    QVERIFY(test::execSql(*connection, u"INSERT INTO schema_migrations VALUES (1, 'x')"_s));
    const QStringList base{u"--project"_s, folder, u"--url"_s, target->display()};
    const auto status = cli(QStringList{u"status"_s} + base);
    QVERIFY2(status.exit == 0 && !status.output.contains(u"Found"_s), qPrintable(status.output));
    QCOMPARE(states(folder, *target), QStringList{u"1:pending:"_s});
    test::writeFile(folder + u"/godwit.json"_s, "{\"history\": {\"adopt\": \"custom\", \"table\": \"schema_migrations\", "
                                      "\"column\": \"version\"}}\n");
    const auto wrong = cli(QStringList{u"up"_s} + base);
    QVERIFY2(wrong.exit == 1 && wrong.output.contains(u"cannot read schema_migrations (custom's history)"_s),
             qPrintable(wrong.output));
    QSqlQuery q(connection->database());
    QVERIFY(!q.exec(u"SELECT count(*) FROM a"_s)); // nothing ran
}

// baseline --to records without running: refused without --yes off a terminal, then the
// migrations up to V are applied in the history (and the audit log), none of them ran.
void TestEnginePeers::baselineRecordsWithoutRunning()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"sqlite"_s, dir.path());
    const QString folder = dir.filePath(u"migrations"_s);
    for (const char *name : {"1_a", "2_b", "3_c"})
        test::writeFile(folder + u'/' + QLatin1String(name) + u".up.sql"_s, "CREATE TABLE " + QByteArray(name) + " (id INTEGER);\n");
    const QStringList base{u"--project"_s, folder, u"--url"_s, target->display()};
    const auto unconfirmed = cli(QStringList{u"baseline"_s, u"--to"_s, u"2"_s} + base);
    QVERIFY2(unconfirmed.exit == 2 && unconfirmed.output.contains(u"--yes"_s), qPrintable(unconfirmed.output));
    QVERIFY2(unconfirmed.output.contains(u"1  "_s) && unconfirmed.output.contains(u"2  "_s), qPrintable(unconfirmed.output));
    const auto done = cli(QStringList{u"baseline"_s, u"--to"_s, u"2"_s, u"--yes"_s} + base);
    QVERIFY2(done.exit == 0 && done.output.contains(u"Recorded 2 of 2 migrations as applied."_s), qPrintable(done.output));
    QCOMPARE(states(folder, *target), (QStringList{u"1:applied:godwit"_s, u"2:applied:godwit"_s, u"3:pending:"_s}));
    auto connection = test::connect(*target);
    QSqlQuery q(connection->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master WHERE name IN ('1_a', '2_b')"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(u"SELECT count(*) FROM godwit_audit_log WHERE action = 'baseline'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    const auto again = cli(QStringList{u"baseline"_s, u"--to"_s, u"2"_s, u"--yes"_s} + base);
    QVERIFY2(again.exit == 0 && again.output.contains(u"Nothing to record"_s), qPrintable(again.output));
    const auto unknown = cli(QStringList{u"baseline"_s, u"--to"_s, u"9"_s, u"--yes"_s} + base);
    QVERIFY2(unknown.exit == 2 && unknown.output.contains(u"9 is not a version"_s), qPrintable(unknown.output));
}

QTEST_GUILESS_MAIN(TestEnginePeers)
#include "tst_enginepeers.moc"
