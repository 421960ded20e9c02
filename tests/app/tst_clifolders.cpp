#include "support/clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/*! Folders as teams have them, through godwit-cli: a runner that recognised nothing never
    reports success (issue #16). */
class TestCliFolders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingRecognisedIsNoSuccess_data();
    void nothingRecognisedIsNoSuccess();
    void emptyFolderIsUpToDate();
    void conventionalSubfolder_data();
    void conventionalSubfolder();
    void statusAndUpAgree();
    void flagAfterDialectTag();
    void codeMigrationStopsUp();
    void orderedByName();
    void prismaFolder();
    void sqitchConflictNamesPlanLine();
    void alembicProject();
    void flywayBaseline();

private:
    godwit::test::CliOutput cli(const QTemporaryDir &dir, const QStringList &args) const
    {
        return godwit::test::runCli(QStringList{u"--url"_s, u"sqlite:"_s + dir.filePath(u"db.sqlite"_s), u"--project"_s,
                                                dir.filePath(u"migrations"_s)} + args,
                                    dir.path(), dir.filePath(u"xdg"_s));
    }
    static void write(const QString &path, const QByteArray &text)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
};

void TestCliFolders::nothingRecognisedIsNoSuccess_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");
    QTest::newRow("status") << QStringList{u"status"_s} << 2;
    QTest::newRow("plan") << QStringList{u"plan"_s} << 2;
    QTest::newRow("up") << QStringList{u"up"_s} << 2;
    QTest::newRow("down") << QStringList{u"down"_s} << 2;
    QTest::newRow("dry-run") << QStringList{u"dry-run"_s} << 2;
}

// SQL files named as no runner Godwit knows (and one in a subfolder, not Prisma's): every
// command says nothing was recognised, exits 2, and leaves no database file behind.
void TestCliFolders::nothingRecognisedIsNoSuccess()
{
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    QTemporaryDir dir;
    write(dir.filePath(u"migrations/create_users.sql"_s), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
    write(dir.filePath(u"migrations/20240101_init/schema.sql"_s), "CREATE TABLE orders (id INTEGER);\n");
    const auto r = cli(dir, args);
    QCOMPARE(r.exit, exit);
    const QString said = r.out + r.err;
    QVERIFY2(said.contains(u"no migration recognised: 2 .sql files match no naming"_s)
                 && said.contains(u"20240101_init/schema.sql"_s),
             qPrintable(said));
    QVERIFY2(!said.contains(u"up to date"_s), qPrintable(said));
    QVERIFY(!QFile::exists(dir.filePath(u"db.sqlite"_s)));
    const auto json = cli(dir, args + QStringList{u"--format"_s, u"json"_s});
    QCOMPARE(json.exit, exit);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    if (args.first() == u"status") {
        const QJsonArray problems = o.value(u"problems"_s).toArray();
        QVERIFY2(std::any_of(problems.cbegin(), problems.cend(),
                             [](const QJsonValue &p) { return p.toObject().value(u"kind"_s) == u"nothing-recognised"_s; }),
                 qPrintable(json.out));
    } else {
        QCOMPARE(o.value(u"code"_s).toString(), u"folder-errors"_s);
    }
}

// An empty folder is a project not started yet: nothing to do is the truth there.
void TestCliFolders::emptyFolderIsUpToDate()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"migrations"_s));
    const auto r = cli(dir, {u"up"_s});
    QCOMPARE(r.exit, 0);
}

void TestCliFolders::conventionalSubfolder_data()
{
    QTest::addColumn<QString>("sub");
    QTest::newRow("migrations") << u"migrations"_s;
    QTest::newRow("db/migrations") << u"db/migrations"_s;
}

// A project folder without godwit.json whose migrations sit where golang-migrate, goose or
// dbmate put them by default: found there, and run.
void TestCliFolders::conventionalSubfolder()
{
    QFETCH(QString, sub);
    QTemporaryDir dir;
    write(dir.filePath(sub + u"/0001_users.up.sql"_s), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
    write(dir.filePath(sub + u"/0001_users.down.sql"_s), "DROP TABLE users;\n");
    const auto r = godwit::test::runCli({u"--url"_s, u"sqlite:"_s + dir.filePath(u"db.sqlite"_s), u"--project"_s, dir.path(),
                                         u"up"_s},
                                        dir.path(), dir.filePath(u"xdg"_s));
    QVERIFY2(r.exit == 0 && r.out.contains(u"0001"_s), qPrintable(r.out + r.err));
}

// Two files claiming one version stop up; status names the same problem and exits 2 too.
void TestCliFolders::statusAndUpAgree()
{
    QTemporaryDir dir;
    write(dir.filePath(u"migrations/001_a.up.sql"_s), "CREATE TABLE a (id INTEGER);\n");
    write(dir.filePath(u"migrations/001_b.up.sql"_s), "CREATE TABLE b (id INTEGER);\n");
    const auto status = cli(dir, {u"status"_s});
    const auto up = cli(dir, {u"up"_s});
    QCOMPARE(status.exit, 2);
    QCOMPARE(up.exit, 2);
    const QString problem = u"2 files claim version 001: 001_a.up.sql, 001_b.up.sql"_s;
    QVERIFY2(status.out.contains(problem), qPrintable(status.out));
    QVERIFY2(up.err.contains(problem), qPrintable(up.err));
    // The other reading of such a folder is said: a runner that orders by the whole name.
    QVERIFY2(status.out.contains(u"set \"order\": \"name\" in godwit.json"_s), qPrintable(status.out));
    const auto json = cli(dir, {u"status"_s, u"--format"_s, u"json"_s});
    const QJsonArray problems = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"migrationProblems"_s).toArray();
    QVERIFY2(std::any_of(problems.cbegin(), problems.cend(),
                         [&](const QJsonValue &p) {
                             return p.toObject().value(u"kind"_s) == u"folder"_s
                                    && p.toObject().value(u"message"_s).toString().contains(problem);
                         }),
             qPrintable(json.out));
}

// ory/pop naming: NAME.postgres.autocommit.up.sql beside NAME.autocommit.up.sql and a MySQL and
// a CockroachDB variant is one migration whose variants differ by engine; autocommit means no
// transaction.
void TestCliFolders::flagAfterDialectTag()
{
    QTemporaryDir dir;
    const QString base = u"migrations/20210101000001000000_networks"_s;
    write(dir.filePath(base + u".postgres.autocommit.up.sql"_s), "CREATE INDEX CONCURRENTLY n ON networks (name);\n");
    write(dir.filePath(base + u".autocommit.up.sql"_s), "CREATE TABLE networks (name TEXT);\n");
    write(dir.filePath(base + u".mysql.up.sql"_s), "CREATE TABLE networks (name VARCHAR(20));\n");
    write(dir.filePath(base + u".cockroach.up.sql"_s), "CREATE TABLE networks (name STRING);\n");
    write(dir.filePath(base + u".down.sql"_s), "DROP TABLE networks;\n");
    const auto status = cli(dir, {u"status"_s});
    QVERIFY2(status.exit == 0 && !status.out.contains(u"claim version"_s), qPrintable(status.out + status.err));
    const auto plan = cli(dir, {u"plan"_s});
    QVERIFY2(plan.out.contains(u"networks  (no transaction)"_s), qPrintable(plan.out));
    const auto up = cli(dir, {u"up"_s});
    QVERIFY2(up.exit == 0, qPrintable(up.out + up.err));
    QVERIFY2(cli(dir, {u"status"_s}).out.contains(u"applied"_s), "the SQLite variant ran");
}

// A goose folder whose first migration is Go: up runs nothing past it, says what to do and
// does not report success; status shows it in its place.
void TestCliFolders::codeMigrationStopsUp()
{
    QTemporaryDir dir;
    write(dir.filePath(u"migrations/1_users.up.sql"_s), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
    write(dir.filePath(u"migrations/2_backfill.go"_s), "package migrations\n");
    write(dir.filePath(u"migrations/3_orders.up.sql"_s), "CREATE TABLE orders (user_id INTEGER REFERENCES users (id));\n");
    const auto status = cli(dir, {u"status"_s});
    QVERIFY2(status.out.contains(u"code migration — run by the application"_s) && status.out.contains(u"2_backfill.go"_s),
             qPrintable(status.out));
    const auto up = cli(dir, {u"up"_s});
    QCOMPARE(up.exit, 1);
    QVERIFY2(up.out.contains(u"Stopped before: 2 backfill is a code migration, run by the application"_s), qPrintable(up.out));
    QVERIFY2(!up.out.contains(u"orders"_s), qPrintable(up.out));
    const auto json = cli(dir, {u"status"_s, u"--format"_s, u"json"_s});
    const QJsonArray migrations = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"migrations"_s).toArray();
    QCOMPARE(migrations.size(), 3);
    QCOMPARE(migrations.at(0).toObject().value(u"state"_s).toString(), u"applied"_s);
    QCOMPARE(migrations.at(1).toObject().value(u"kind"_s).toString(), u"code"_s);
    QCOMPARE(migrations.at(1).toObject().value(u"state"_s).toString(), u"pending"_s);
    QCOMPARE(migrations.at(2).toObject().value(u"state"_s).toString(), u"pending"_s);
    const auto again = cli(dir, {u"up"_s, u"--format"_s, u"json"_s});
    QCOMPARE(again.exit, 1);
    const QJsonObject result = QJsonDocument::fromJson(again.out.toUtf8()).object();
    QVERIFY2(result.value(u"stop"_s).toString().contains(u"2_backfill.go"_s) && !result.value(u"ok"_s).toBool(),
             qPrintable(again.out));
    QVERIFY2(result.value(u"stop"_s).toString().contains(u"repair 2 --mark-applied"_s), qPrintable(again.out));
    // Only marking applied gets past it; then up goes on from there.
    const auto retry = cli(dir, {u"repair"_s, u"2"_s, u"--retry-from"_s, u"1"_s});
    QCOMPARE(retry.exit, 1);
    QVERIFY2(retry.out.contains(u"once it has, mark it applied"_s), qPrintable(retry.out + retry.err));
    const auto marked = cli(dir, {u"repair"_s, u"2"_s, u"--mark-applied"_s});
    QCOMPARE(marked.exit, 0);
    QVERIFY2(marked.out.contains(u"the application ran 2_backfill.go"_s), qPrintable(marked.out + marked.err));
    const auto rest = cli(dir, {u"up"_s});
    QCOMPARE(rest.exit, 0);
    QVERIFY2(rest.out.contains(u"orders"_s), qPrintable(rest.out));
    const auto after = cli(dir, {u"status"_s, u"--format"_s, u"json"_s});
    const QJsonArray all = QJsonDocument::fromJson(after.out.toUtf8()).object().value(u"migrations"_s).toArray();
    for (const QJsonValue &m : all)
        QCOMPARE(m.toObject().value(u"state"_s).toString(), u"applied"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"audit"_s);
        db.setDatabaseName(dir.filePath(u"db.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery q(u"SELECT action FROM godwit_audit_log WHERE version = '2'"_s, db);
        QVERIFY2(q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toString(), u"repair: mark applied"_s);
    }
    QSqlDatabase::removeDatabase(u"audit"_s);
}

// "order": "name": two files of one numeric prefix are two migrations, run in name order, each
// recorded under its whole name.
void TestCliFolders::orderedByName()
{
    QTemporaryDir dir;
    write(dir.filePath(u"migrations/godwit.json"_s), "{\"order\": \"name\"}\n");
    write(dir.filePath(u"migrations/0001_create_table_b_y.up.sql"_s), "CREATE TABLE b (a_id INTEGER REFERENCES a (id));\n");
    write(dir.filePath(u"migrations/0001_create_table_a_x.up.sql"_s), "CREATE TABLE a (id INTEGER PRIMARY KEY);\n");
    const auto up = cli(dir, {u"up"_s});
    QVERIFY2(up.exit == 0, qPrintable(up.out + up.err));
    QVERIFY2(up.out.indexOf(u"0001_create_table_a_x"_s) < up.out.indexOf(u"0001_create_table_b_y"_s), qPrintable(up.out));
    const auto json = cli(dir, {u"status"_s, u"--format"_s, u"json"_s});
    const QJsonArray migrations = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"migrations"_s).toArray();
    QCOMPARE(migrations.size(), 2);
    QCOMPARE(migrations.at(1).toObject().value(u"key"_s).toString(), u"0001_create_table_b_y"_s);
    QCOMPARE(migrations.at(1).toObject().value(u"state"_s).toString(), u"applied"_s);
    const auto down = cli(dir, {u"down"_s, u"--to"_s, u"0001_create_table_a_x"_s});
    QVERIFY2(down.err.contains(u"no down script"_s), qPrintable(down.out + down.err));
}

// A Prisma project: prisma/migrations found from the project folder, its provider read, its
// folders run in name order.
void TestCliFolders::prismaFolder()
{
    QTemporaryDir dir;
    write(dir.filePath(u"prisma/migrations/migration_lock.toml"_s), "provider = \"sqlite\"\n");
    write(dir.filePath(u"prisma/migrations/20240101000000_init/migration.sql"_s),
          "CREATE TABLE \"User\" (\"id\" INTEGER NOT NULL PRIMARY KEY);\n");
    write(dir.filePath(u"prisma/migrations/20240102000000_posts/migration.sql"_s),
          "CREATE TABLE \"Post\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"authorId\" INTEGER REFERENCES \"User\" (\"id\"));\n");
    const auto up = godwit::test::runCli({u"--url"_s, u"sqlite:"_s + dir.filePath(u"db.sqlite"_s), u"--project"_s, dir.path(),
                                          u"up"_s},
                                         dir.path(), dir.filePath(u"xdg"_s));
    QVERIFY2(up.exit == 0 && up.out.contains(u"20240102000000_posts"_s), qPrintable(up.out + up.err));
    QVERIFY2(!up.err.contains(u"no down script"_s), qPrintable(up.err));
    // Prisma writes no downs: the lint does not ask for them either.
    const auto lint = godwit::test::runCli({u"--url"_s, u"sqlite:"_s + dir.filePath(u"db.sqlite"_s), u"--project"_s,
                                            dir.path(), u"lint"_s},
                                           dir.path(), dir.filePath(u"xdg"_s));
    QVERIFY2(!lint.out.contains(u"missing-down"_s) && !lint.out.contains(u"no down script"_s), qPrintable(lint.out));
}

// A sqitch change that conflicts with one planned before it: up refuses, naming the plan's
// line that declares it.
void TestCliFolders::sqitchConflictNamesPlanLine()
{
    QTemporaryDir dir;
    write(dir.filePath(u"sqitch.conf"_s), "[core]\n\tengine = sqlite\n");
    write(dir.filePath(u"sqitch.plan"_s), "%syntax-version=1.0.0\n%project=shop\n\n"
                                          "users 2024-01-01T00:00:00Z Ann <ann@example.com> # users\n"
                                          "legacy [!users] 2024-01-02T00:00:00Z Ann <ann@example.com> # legacy\n");
    for (const char *change : {"users", "legacy"}) {
        write(dir.filePath(u"deploy/%1.sql"_s.arg(QLatin1String(change))), "CREATE TABLE " + QByteArray(change) + " (id INTEGER);\n");
        write(dir.filePath(u"revert/%1.sql"_s.arg(QLatin1String(change))), "DROP TABLE " + QByteArray(change) + ";\n");
    }
    const auto up = godwit::test::runCli({u"--url"_s, u"sqlite:"_s + dir.filePath(u"db.sqlite"_s), u"--project"_s,
                                          dir.path(), u"up"_s},
                                         dir.path(), dir.filePath(u"xdg"_s));
    QVERIFY2(up.exit != 0, qPrintable(up.out + up.err));
    const QString said = up.out + up.err;
    QVERIFY2(said.contains(u"sqitch.plan:5:1: legacy conflicts with users"_s), qPrintable(said));
}

// An Alembic project is read, never run: status reads alembic_version (a head applies its
// ancestors), shows the graph and each revision's parents, and up says Alembic applies them.
void TestCliFolders::alembicProject()
{
    QTemporaryDir dir;
    write(dir.filePath(u"alembic.ini"_s), "[alembic]\nscript_location = %(here)s/db\n");
    write(dir.filePath(u"db/env.py"_s), "# env\n");
    auto revision = [&](const char *id, const char *down, const char *message) {
        write(dir.filePath(u"db/versions/%1_x.py"_s.arg(QLatin1String(id))),
              QByteArray("\"\"\"") + message + "\n\nRevision ID: " + id + "\n\"\"\"\nrevision = '" + id + "'\ndown_revision = "
                  + down + "\nbranch_labels = None\ndepends_on = None\n");
    };
    revision("a1", "None", "base");
    revision("b2", "'a1'", "left");
    revision("c3", "'a1'", "right");
    revision("d4", "('b2', 'c3')", "merge");
    const QString db = dir.filePath(u"db.sqlite"_s);
    QProcess sqlite;
    sqlite.start(u"sqlite3"_s, {db, u"CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY); "
                                    u"INSERT INTO alembic_version VALUES ('c3');"_s});
    QVERIFY(sqlite.waitForFinished() && sqlite.exitCode() == 0);
    const QStringList base{u"--url"_s, u"sqlite:"_s + db, u"--project"_s, dir.path()};
    const auto json = godwit::test::runCli(base + QStringList{u"status"_s, u"--format"_s, u"json"_s}, dir.path(),
                                           dir.filePath(u"xdg"_s));
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(u"format"_s).toString(), u"alembic"_s);
    QStringList seen;
    for (const QJsonValue &v : o.value(u"migrations"_s).toArray()) {
        const QJsonObject m = v.toObject();
        seen << m.value(u"key"_s).toString() + u':' + m.value(u"state"_s).toString() + u':'
                    + m.value(u"parents"_s).toVariant().toStringList().join(u',');
    }
    QCOMPARE(seen, (QStringList{u"a1:applied:"_s, u"b2:pending:a1"_s, u"c3:applied:a1"_s, u"d4:pending:b2,c3"_s}));
    const auto text = godwit::test::runCli(base + QStringList{u"status"_s}, dir.path(), dir.filePath(u"xdg"_s));
    QVERIFY2(text.out.contains(u"● ╯  d4"_s), qPrintable(text.out));
    const auto up = godwit::test::runCli(base + QStringList{u"up"_s}, dir.path(), dir.filePath(u"xdg"_s));
    QCOMPARE(up.exit, 1);
    QVERIFY2(up.out.contains(u"b2 left is an Alembic revision"_s) && up.out.contains(u"alembic upgrade"_s), qPrintable(up.out));
    // Upgraded by Alembic to its head: up has nothing to do, and says so with success.
    QProcess upgraded;
    upgraded.start(u"sqlite3"_s, {db, u"UPDATE alembic_version SET version_num = 'd4';"_s});
    QVERIFY(upgraded.waitForFinished() && upgraded.exitCode() == 0);
    const auto done = godwit::test::runCli(base + QStringList{u"up"_s}, dir.path(), dir.filePath(u"xdg"_s));
    QVERIFY2(done.exit == 0 && done.out.contains(u"up to date"_s), qPrintable(done.out + done.err));
}

// Flyway's B script: on a database with no history it runs in place of the versions up to it;
// where history exists it is not used.
void TestCliFolders::flywayBaseline()
{
    QTemporaryDir dir;
    write(dir.filePath(u"migrations/V1__accounts.sql"_s), "CREATE TABLE accounts (id INTEGER PRIMARY KEY);\n");
    write(dir.filePath(u"migrations/V2__names.sql"_s), "ALTER TABLE accounts ADD COLUMN name TEXT;\n");
    write(dir.filePath(u"migrations/B2__baseline.sql"_s), "CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT);\n");
    write(dir.filePath(u"migrations/V3__index.sql"_s), "CREATE INDEX accounts_name ON accounts (name);\n");
    const auto up = cli(dir, {u"up"_s});
    QVERIFY2(up.exit == 0 && up.out.contains(u"2  baseline"_s) && !up.out.contains(u"names"_s), qPrintable(up.out + up.err));
    auto states = [&](const godwit::test::CliOutput &json) {
        QStringList seen;
        for (const QJsonValue &v : QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"migrations"_s).toArray())
            seen << v.toObject().value(u"description"_s).toString() + u':' + v.toObject().value(u"state"_s).toString();
        return seen;
    };
    QCOMPARE(states(cli(dir, {u"status"_s, u"--format"_s, u"json"_s})),
             (QStringList{u"accounts:applied"_s, u"names:applied"_s, u"baseline:applied"_s, u"index:applied"_s}));
    QVERIFY2(cli(dir, {u"status"_s}).out.contains(u"below the baseline B2 — not run on this database"_s), "said in status");

    QVERIFY(QFile::remove(dir.filePath(u"db.sqlite"_s)));
    QCOMPARE(cli(dir, {u"up"_s, u"--to"_s, u"1"_s}).exit, 0);
    const auto rest = cli(dir, {u"up"_s});
    QVERIFY2(rest.exit == 0 && rest.out.contains(u"names"_s) && !rest.out.contains(u"baseline"_s), qPrintable(rest.out));
    QCOMPARE(states(cli(dir, {u"status"_s, u"--format"_s, u"json"_s})),
             (QStringList{u"accounts:applied"_s, u"names:applied"_s, u"baseline:pending"_s, u"index:applied"_s}));
}

QTEST_GUILESS_MAIN(TestCliFolders)
#include "tst_clifolders.moc"
