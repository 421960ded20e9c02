#include "support/peerruns.h"

#include "drivers/enginedriver.h"
#include "migrations/checksum.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTemporaryDir>

using namespace godwit;
using namespace Qt::StringLiterals;
using godwit::test::cli;

/*! Interop mode (issue #17): Godwit writes the adopted tool's table as that tool would, in
    the migration's transaction, on SQLite, PostgreSQL and MariaDB. The real dbmate (npm)
    agrees afterwards and rolls back what Godwit applied; the rows Godwit writes for Flyway,
    golang-migrate, goose, diesel, Prisma and a project's own runner are read back with SQL;
    a failure only the tool's table records is repaired; four processes racing leave both
    histories consistent. */
class TestEngineInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dbmateAgrees_data();
    void dbmateAgrees();
    void godwitsRunsWrittenFirst_data();
    void godwitsRunsWrittenFirst();
    void toolRows_data();
    void toolRows();
    void wholeNumbersOnly();
    void repairTheirFailure_data();
    void repairTheirFailure();
    void racingRuns_data();
    void racingRuns();
};

namespace {

const QString dbmate = QStringLiteral(GODWIT_NPM_BIN "/dbmate");

struct Run
{
    int exit = -1;
    QString output;
};

Run runDbmate(const ConnectionSpec &target, const QString &folder, const QStringList &command)
{
    QProcess p;
    p.start(dbmate, QStringList{u"--no-dump-schema"_s, u"--url"_s, test::dbmateUrl(target), u"--migrations-dir"_s, folder}
                        + command);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

void addDbmateMigration(const QString &folder, int i)
{
    const QByteArray n = QByteArray::number(i);
    test::writeFile(folder + u"/2024010100000%1_t%1.sql"_s.arg(i),
                    "-- migrate:up\nCREATE TABLE t" + n + " (id INTEGER);\n\n-- migrate:down\nDROP TABLE t" + n + ";\n");
}

QStringList args(const QString &command, const QString &project, const ConnectionSpec &target, const QStringList &more = {})
{
    return QStringList{command} + more + QStringList{u"--project"_s, project, u"--url"_s, target.display()};
}

} // namespace

void TestEngineInterop::dbmateAgrees_data()
{
    test::engineRows();
}

// dbmate applies two of four; Godwit adopts its table in interop mode and applies the rest;
// dbmate then sees nothing pending and rolls back Godwit's last; Godwit sees that and
// applies it again; Godwit rolls back what dbmate applied, and dbmate applies it again.
void TestEngineInterop::dbmateAgrees()
{
    QFETCH(QString, engine);
    QVERIFY2(QFileInfo(dbmate).isExecutable(), "dbmate is not installed: run packaging/install-deps.sh (npm)");
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    const QString folder = dir.filePath(u"db/migrations"_s);
    addDbmateMigration(folder, 1);
    addDbmateMigration(folder, 2);
    Run half = runDbmate(*target, folder, {u"up"_s});
    QVERIFY2(half.exit == 0, qPrintable(half.output));
    addDbmateMigration(folder, 3);
    addDbmateMigration(folder, 4);

    const auto adopt = cli(args(u"adopt"_s, folder, *target, {u"--interop"_s}));
    QVERIFY2(adopt.exit == 0 && adopt.output.contains(u"interop: what Godwit applies is written there too, as dbmate would"_s),
             qPrintable(adopt.output));
    const auto up = cli(args(u"up"_s, folder, *target));
    QVERIFY2(up.exit == 0, qPrintable(up.output));
    const Run status = runDbmate(*target, folder, {u"status"_s});
    QVERIFY2(status.output.contains(u"Applied: 4"_s) && status.output.contains(u"Pending: 0"_s), qPrintable(status.output));

    const Run rollback = runDbmate(*target, folder, {u"rollback"_s});
    QVERIFY2(rollback.exit == 0 && rollback.output.contains(u"20240101000004_t4.sql"_s), qPrintable(rollback.output));
    QCOMPARE(test::states(folder, *target),
             (QStringList{u"20240101000001:applied:dbmate"_s, u"20240101000002:applied:dbmate"_s,
                          u"20240101000003:applied:godwit"_s, u"20240101000004:pending:"_s}));
    const auto again = cli(args(u"up"_s, folder, *target));
    QVERIFY2(again.exit == 0 && again.output.contains(u"20240101000004  t4"_s), qPrintable(again.output));

    const auto down = cli(args(u"down"_s, folder, *target, {u"--to"_s, u"20240101000001"_s}));
    QVERIFY2(down.exit == 0, qPrintable(down.output));
    const Run after = runDbmate(*target, folder, {u"status"_s});
    QVERIFY2(after.output.contains(u"Applied: 1"_s) && after.output.contains(u"Pending: 3"_s), qPrintable(after.output));
    const Run redo = runDbmate(*target, folder, {u"up"_s});
    QVERIFY2(redo.exit == 0, qPrintable(redo.output));
    QCOMPARE(test::states(folder, *target),
             (QStringList{u"20240101000001:applied:dbmate"_s, u"20240101000002:applied:dbmate"_s,
                          u"20240101000003:applied:dbmate"_s, u"20240101000004:applied:dbmate"_s}));
}

void TestEngineInterop::godwitsRunsWrittenFirst_data()
{
    test::engineRows();
}

// Godwit applied two migrations before the team adopted dbmate's table in interop mode,
// where that table says what is applied: adopting lists them and, once confirmed, writes
// them there as dbmate would (unconfirmed, nothing is written or adopted). dbmate then
// counts them applied, and Godwit does not run them again.
void TestEngineInterop::godwitsRunsWrittenFirst()
{
    QFETCH(QString, engine);
    QVERIFY2(QFileInfo(dbmate).isExecutable(), "dbmate is not installed: run packaging/install-deps.sh (npm)");
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    const QString folder = dir.filePath(u"db/migrations"_s);
    for (int i = 1; i <= 4; ++i)
        addDbmateMigration(folder, i);
    const auto ours = cli(args(u"up"_s, folder, *target, {u"--to"_s, u"20240101000002"_s}));
    QVERIFY2(ours.exit == 0, qPrintable(ours.output));

    const auto unconfirmed = cli(args(u"adopt"_s, folder, *target, {u"dbmate"_s, u"--interop"_s}));
    QVERIFY2(unconfirmed.exit != 0 && unconfirmed.output.contains(u"pass --yes"_s)
                 && unconfirmed.output.contains(u"20240101000002"_s),
             qPrintable(unconfirmed.output));
    QVERIFY(!QFile::exists(folder + u"/godwit.json"_s));
    auto connection = test::connect(*target);
    QVERIFY(connection);
    QVERIFY(!connection->driver().tableExists(*connection, connection->driver().sessionQualifier(*connection),
                                             u"schema_migrations"_s, u"schema_migrations"_s));

    const auto adopt = cli(args(u"adopt"_s, folder, *target, {u"dbmate"_s, u"--interop"_s, u"--yes"_s}));
    QVERIFY2(adopt.exit == 0, qPrintable(adopt.output));
    const Run status = runDbmate(*target, folder, {u"status"_s});
    QVERIFY2(status.output.contains(u"Applied: 2"_s) && status.output.contains(u"Pending: 2"_s), qPrintable(status.output));
    const auto up = cli(args(u"up"_s, folder, *target));
    QVERIFY2(up.exit == 0 && !up.output.contains(u"20240101000001  t1"_s), qPrintable(up.output));
    QCOMPARE(test::rows(*connection, u"SELECT version FROM schema_migrations ORDER BY version"_s),
             (QStringList{u"20240101000001"_s, u"20240101000002"_s, u"20240101000003"_s, u"20240101000004"_s}));
    QCOMPARE(test::rows(*connection, u"SELECT count(*) FROM godwit_audit_log WHERE action LIKE 'adopt:%'"_s),
             QStringList{u"2"_s});
}

namespace {

struct ToolCase
{
    QString tool;
    QString history;            ///< godwit.json's "history", interop
    QStringList files;          ///< up and down files, "name" → content made from its number
    QString query;              ///< the tool's rows, as SQL reads them back
    QStringList afterUp;
    QStringList afterDown;      ///< empty: the tool has no downs
};

const QByteArray view = "DROP VIEW IF EXISTS v;\nCREATE VIEW v AS SELECT 1 AS one;\n";

QByteArray script(const QString &file)
{
    if (file.startsWith(u"R__"_s))
        return view;
    // Every case names its migrations a and b: x1 for a's files, x2 for b's; a down file
    // drops what its up made.
    const QByteArray n = file.contains(u"_b"_s) ? "2" : "1";
    const bool down = file.contains(u"down"_s) || file.startsWith(u'U');
    return down ? QByteArray("DROP TABLE x" + n + ";\n") : QByteArray("CREATE TABLE x" + n + " (id INTEGER);\n");
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QList<ToolCase> toolCases()
{
    const QByteArray x1 = "CREATE TABLE x1 (id INTEGER);\n";
    const QByteArray x2 = "CREATE TABLE x2 (id INTEGER);\n";
    return {
        {u"flyway"_s, u"{\"adopt\": \"flyway\", \"mode\": \"interop\"}"_s,
         {u"V1__a.sql"_s, u"V2__b.sql"_s, u"U2__b.sql"_s, u"R__v.sql"_s},
         u"SELECT installed_rank, version, description, type, script, checksum, CASE WHEN success THEN 1 ELSE 0 END "
         u"FROM flyway_schema_history ORDER BY installed_rank"_s,
         {u"1|1|a|SQL|V1__a.sql|%1|1"_s.arg(flywayChecksum(x1)), u"2|2|b|SQL|V2__b.sql|%1|1"_s.arg(flywayChecksum(x2)),
          u"3|null|v|SQL|R__v.sql|%1|1"_s.arg(flywayChecksum(view))},
         {u"1|1|a|SQL|V1__a.sql|%1|1"_s.arg(flywayChecksum(x1)), u"3|null|v|SQL|R__v.sql|%1|1"_s.arg(flywayChecksum(view))}},
        {u"golang-migrate"_s, u"{\"adopt\": \"golang-migrate\", \"mode\": \"interop\"}"_s,
         {u"1_a.up.sql"_s, u"1_a.down.sql"_s, u"2_b.up.sql"_s, u"2_b.down.sql"_s},
         u"SELECT version, CASE WHEN dirty THEN 1 ELSE 0 END FROM schema_migrations"_s,
         {u"2|0"_s},
         {u"1|0"_s}},
        {u"goose"_s, u"{\"adopt\": \"goose\", \"mode\": \"interop\"}"_s,
         {u"1_a.up.sql"_s, u"1_a.down.sql"_s, u"2_b.up.sql"_s, u"2_b.down.sql"_s},
         u"SELECT version_id, CASE WHEN is_applied THEN 1 ELSE 0 END FROM goose_db_version ORDER BY id"_s,
         {u"0|1"_s, u"1|1"_s, u"2|1"_s},
         {u"0|1"_s, u"1|1"_s}},
        {u"diesel"_s, u"{\"adopt\": \"diesel\", \"mode\": \"interop\"}"_s,
         {u"2024-01-01-000001_a/up.sql"_s, u"2024-01-01-000001_a/down.sql"_s, u"2024-01-02-000001_b/up.sql"_s,
          u"2024-01-02-000001_b/down.sql"_s},
         u"SELECT version FROM __diesel_schema_migrations ORDER BY version"_s,
         {u"20240101000001"_s, u"20240102000001"_s},
         {u"20240101000001"_s}},
        {u"prisma"_s, u"{\"adopt\": \"prisma\", \"mode\": \"interop\"}"_s,
         {u"20240101000000_a/migration.sql"_s, u"20240102000000_b/migration.sql"_s},
         u"SELECT migration_name, checksum, CASE WHEN finished_at IS NULL THEN 0 ELSE 1 END, applied_steps_count "
         u"FROM _prisma_migrations ORDER BY migration_name"_s,
         {u"20240101000000_a|%1|1|1"_s.arg(sha256(x1)), u"20240102000000_b|%1|1|1"_s.arg(sha256(x2))},
         {}},
        {u"custom"_s,
         u"{\"adopt\": \"custom\", \"mode\": \"interop\", \"table\": \"schema_migrations\", \"column\": \"version\", "
         u"\"value\": \"stem\", \"appliedAt\": \"applied_at\"}"_s,
         {u"001_a.sql"_s, u"001_a_down.sql"_s, u"002_b.sql"_s, u"002_b_down.sql"_s},
         u"SELECT version, CASE WHEN applied_at IS NULL THEN 0 ELSE 1 END FROM schema_migrations ORDER BY version"_s,
         {u"001_a|1"_s, u"002_b|1"_s},
         {u"001_a|1"_s}},
    };
}

} // namespace

void TestEngineInterop::toolRows_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("tool");
    for (const QString &engine : test::engines()) {
        const QList<ToolCase> cases = toolCases();
        for (int i = 0; i < cases.size(); ++i)
            QTest::addRow("%s/%s", qPrintable(engine), qPrintable(cases.at(i).tool)) << engine << i;
    }
}

// Godwit makes the tool's table where there is none, writes its rows on up and takes them
// out on down exactly as the tool does; status, read from that table, agrees.
void TestEngineInterop::toolRows()
{
    QFETCH(QString, engine);
    QFETCH(int, tool);
    const ToolCase c = toolCases().at(tool);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    const QString project = dir.filePath(u"project"_s);
    const QString folder = project + (c.tool == u"prisma" ? u"/prisma/migrations"_s : u"/migrations"_s);
    for (const QString &file : c.files) {
        QByteArray text = script(file);
        if (c.tool == u"goose") // goose keeps up and down in one file
            text = file.contains(u"down"_s) ? QByteArray() : "-- +goose Up\n" + text + "-- +goose Down\n" + script(u"down"_s + file);
        if (!text.isEmpty())
            test::writeFile(folder + u'/' + (c.tool == u"goose" ? QString(file).remove(u".up"_s) : file), text);
    }
    if (c.tool == u"prisma")
        test::writeFile(folder + u"/migration_lock.toml"_s,
                        "provider = \"" + QByteArray(target->dialect == Dialect::PostgreSQL ? "postgresql"
                                                     : target->dialect == Dialect::MySQL ? "mysql"
                                                                                         : "sqlite") + "\"\n");
    test::writeFile(project + u"/godwit.json"_s,
                    "{\"migrations\": \"" + QDir(project).relativeFilePath(folder).toUtf8() + "\", \"history\": "
                        + c.history.toUtf8() + "}\n");

    const auto up = cli(args(u"up"_s, project, *target));
    QVERIFY2(up.exit == 0, qPrintable(up.output));
    auto connection = test::connect(*target);
    QVERIFY(connection);
    QCOMPARE(test::rows(*connection, c.query), c.afterUp);
    if (c.afterDown.isEmpty())
        return;
    const auto down = cli(args(u"down"_s, project, *target));
    QVERIFY2(down.exit == 0, qPrintable(down.output));
    QCOMPARE(test::rows(*connection, c.query), c.afterDown);
    const QStringList states = test::states(project, *target);
    QVERIFY2(states.at(0).contains(u":applied:godwit"_s) && states.at(1).contains(u":pending:"_s), qPrintable(states.join(u' ')));
    if (c.tool != u"flyway")
        return;
    // An edited repeatable runs again and gets a row of its own, as Flyway appends one.
    const QByteArray edited = "DROP VIEW IF EXISTS v;\nCREATE VIEW v AS SELECT 2 AS two;\n";
    test::writeFile(folder + u"/R__v.sql"_s, edited);
    const auto again = cli(args(u"up"_s, project, *target));
    QVERIFY2(again.exit == 0, qPrintable(again.output));
    QCOMPARE(test::rows(*connection, u"SELECT checksum FROM flyway_schema_history WHERE version IS NULL ORDER BY installed_rank"_s),
             (QStringList{flywayChecksum(view), flywayChecksum(edited)}));
}

// golang-migrate keeps whole-number versions: a plan with V1_1 is refused before anything runs.
void TestEngineInterop::wholeNumbersOnly()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"sqlite"_s, dir.path());
    const QString project = dir.filePath(u"project"_s);
    test::writeFile(project + u"/migrations/V1__a.sql"_s, "CREATE TABLE x1 (id INTEGER);\n");
    test::writeFile(project + u"/migrations/V1_1__b.sql"_s, "CREATE TABLE x2 (id INTEGER);\n");
    test::writeFile(project + u"/godwit.json"_s,
                    "{\"migrations\": \"migrations\", \"history\": {\"adopt\": \"golang-migrate\", \"mode\": \"interop\"}}\n");
    const auto up = cli(args(u"up"_s, project, *target));
    QVERIFY2(up.exit != 0 && up.output.contains(u"golang-migrate keeps whole-number versions in schema_migrations; 1_1 is not one"_s),
             qPrintable(up.output));
    auto connection = test::connect(*target);
    QVERIFY(connection);
    QVERIFY(!connection->database().tables().contains(u"x1"_s));
}

void TestEngineInterop::repairTheirFailure_data()
{
    test::engineRows();
}

// A migration that fails part-way where no transaction holds it (MySQL's DDL): golang-migrate's
// row stays dirty at its version, as golang-migrate leaves it; elsewhere the rollback leaves the
// row as it was. A dirty row only golang-migrate wrote (adopt mode) is shown as failed and
// repair --mark-applied clears it, as `migrate force` would.
void TestEngineInterop::repairTheirFailure()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    auto connection = test::connect(*target);
    QVERIFY(connection);
    const QString project = dir.filePath(u"project"_s);
    test::writeFile(project + u"/migrations/1_a.up.sql"_s, "CREATE TABLE x1 (id INTEGER);\n");
    test::writeFile(project + u"/migrations/2_b.up.sql"_s, "CREATE TABLE x2 (id INTEGER);\nCREATE TABLE x2 (id INTEGER);\n");
    test::writeFile(project + u"/godwit.json"_s,
                    "{\"migrations\": \"migrations\", \"history\": {\"adopt\": \"golang-migrate\", \"mode\": \"interop\"}}\n");
    const QString query = u"SELECT version, CASE WHEN dirty THEN 1 ELSE 0 END FROM schema_migrations"_s;
    const auto up = cli(args(u"up"_s, project, *target));
    QVERIFY2(up.exit != 0, qPrintable(up.output));
    const bool mysql = target->dialect == Dialect::MySQL;
    QCOMPARE(test::rows(*connection, query), QStringList{mysql ? u"2|1"_s : u"1|0"_s});
    if (mysql) { // Godwit's own failed row, repaired in interop: both tables say applied
        const auto mark = cli(args(u"repair"_s, project, *target, {u"2"_s, u"--mark-applied"_s}));
        QVERIFY2(mark.exit == 0, qPrintable(mark.output));
        QCOMPARE(test::rows(*connection, query), QStringList{u"2|0"_s});
        QCOMPARE(test::states(project, *target), (QStringList{u"1:applied:godwit"_s, u"2:applied:godwit"_s}));
    }

    // A dirty row Godwit did not write: golang-migrate's own failure, adopted.
    QVERIFY(test::execSql(*connection, u"DROP TABLE godwit_schema_history"_s));
    test::execSql(*connection, u"DELETE FROM schema_migrations"_s);
    test::execSql(*connection, u"INSERT INTO schema_migrations (version, dirty) VALUES (2, %1)"_s
                                   .arg(target->dialect == Dialect::SQLite ? u"1"_s : u"TRUE"_s));
    test::writeFile(project + u"/godwit.json"_s,
                    "{\"migrations\": \"migrations\", \"history\": {\"adopt\": \"golang-migrate\"}}\n");
    QCOMPARE(test::states(project, *target),
             (QStringList{u"1:applied:golang-migrate"_s, u"2:failed:golang-migrate"_s}));
    const auto retry = cli(args(u"repair"_s, project, *target, {u"2"_s, u"--retry-from"_s, u"1"_s}));
    QVERIFY2(retry.exit != 0 && retry.output.contains(u"only golang-migrate's table records that 2"_s), qPrintable(retry.output));
    const auto mark = cli(args(u"repair"_s, project, *target, {u"2"_s, u"--mark-applied"_s}));
    QVERIFY2(mark.exit == 0 && mark.output.contains(u"no longer says it failed"_s), qPrintable(mark.output));
    QCOMPARE(test::rows(*connection, query), QStringList{u"2|0"_s});
    QCOMPARE(test::states(project, *target), (QStringList{u"1:applied:golang-migrate"_s, u"2:applied:godwit"_s}));
}

void TestEngineInterop::racingRuns_data()
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : test::engines()) {
        if (test::dialectOf(engine) != Dialect::SQLite)
            QTest::newRow(qPrintable(engine)) << engine;
    }
}

// Four godwit-cli up at once in interop mode, 20 rounds: each migration runs once, and
// Godwit's history and dbmate's table list the same four.
void TestEngineInterop::racingRuns()
{
    QFETCH(QString, engine);
    constexpr int rounds = 20;
    constexpr int processes = 4;
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"db/migrations"_s);
    for (int i = 1; i <= 4; ++i)
        addDbmateMigration(folder, i);
    test::writeFile(dir.filePath(u"db/migrations/godwit.json"_s),
                    "{\"history\": {\"adopt\": \"dbmate\", \"mode\": \"interop\"}}\n");
    for (int round = 0; round < rounds; ++round) {
        QTemporaryDir roundDir;
        GODWIT_FRESH_TARGET(target, engine, roundDir.path());
        for (const test::CliRun &run : test::cliAtOnce(args(u"up"_s, folder, *target), processes))
            QVERIFY2(run.exit == 0, qPrintable(run.output));
        auto connection = test::connect(*target);
        QCOMPARE(test::rows(*connection, u"SELECT version_key FROM godwit_schema_history WHERE status = 'applied' "
                                         u"ORDER BY version_key"_s),
                 test::rows(*connection, u"SELECT version FROM schema_migrations ORDER BY version"_s));
        QCOMPARE(test::rows(*connection, u"SELECT count(*) FROM schema_migrations"_s), QStringList{u"4"_s});
        QCOMPARE(test::rows(*connection, u"SELECT count(*) FROM godwit_audit_log WHERE outcome = 'ok'"_s), QStringList{u"4"_s});
        if (round == rounds - 1) {
            const Run status = runDbmate(*target, folder, {u"status"_s});
            QVERIFY2(status.output.contains(u"Pending: 0"_s), qPrintable(status.output));
        }
    }
}

QTEST_GUILESS_MAIN(TestEngineInterop)
#include "tst_engineinterop.moc"
