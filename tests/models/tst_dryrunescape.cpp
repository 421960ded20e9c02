#include "database/dryrun.h"

#include "support/scripthelpers.h"
#include "support/testtargets.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! A dry run cannot reach outside its scratch. For every kind of escaping statement on
    MariaDB, with the copy and shadow methods and --reversible, three witnesses: the real
    databases, accounts and variables are unchanged (seen through a connection of their
    own), the report says "not rehearsable" at file:line:column, and godwit-cli dry-run
    exits non-zero without claiming it passed. On PostgreSQL, sequences of every schema are
    put back. The siblings on SQLite (ATTACH, VACUUM INTO) and PostgreSQL (files, session
    locks, databases) are held back the same way. */
class TestDryRunEscape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mariadbEscapes_data();
    void mariadbEscapes();
    void siblingEscapes_data();
    void siblingEscapes();
    void postgresSequencesOfEverySchema();
};

namespace {

struct CliRun
{
    int exit = -1;
    QString output;
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(GODWIT_CLI), args);
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

} // namespace

void TestDryRunEscape::mariadbEscapes_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("reversible");
    QTest::addColumn<QString>("setup");  ///< run on the target before the dry run
    QTest::addColumn<QString>("script"); ///< 002's up script
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("where"); ///< expected "file:line:" start of the location
    QTest::addColumn<QString>("needle"); ///< the text the location's column points at

    struct Case
    {
        const char *name;
        const char *setup;
        const char *script;
        const char *kind;
        const char *where;
        const char *needle;
    };
    const Case cases[] = {
        {"use", "", "USE %TARGET%;\nDELETE FROM orders WHERE id <= 10;\n", "switch-database", "002_escape.up.sql:1:", "USE"},
        {"qualified delete", "", "SELECT 1;\nDELETE FROM %TARGET%.orders WHERE id <= 10;\n", "other-database",
         "002_escape.up.sql:2:", "%TARGET%.orders"},
        {"insert other", "", "INSERT INTO %OTHER%.t VALUES (99);\n", "other-database", "002_escape.up.sql:1:", "%OTHER%.t"},
        {"drop database", "", "DROP DATABASE %OTHER%;\n", "database", "002_escape.up.sql:1:", "DROP"},
        {"create database", "", "CREATE DATABASE %OTHER%_new;\n", "database", "002_escape.up.sql:1:", "CREATE"},
        {"create user", "", "CREATE USER 'godwit_escape_%TAG%'@'localhost';\n", "account", "002_escape.up.sql:1:", "CREATE"},
        {"set global", "", "SET GLOBAL max_connections = 777;\n", "global-variable", "002_escape.up.sql:1:", "GLOBAL"},
        {"event", "", "CREATE EVENT ev_escape ON SCHEDULE AT CURRENT_TIMESTAMP DO DELETE FROM %TARGET%.orders;\n", "event",
         "002_escape.up.sql:1:", "CREATE"},
        {"into outfile", "", "SELECT * FROM orders INTO OUTFILE '/tmp/godwit_escape_%TAG%.csv';\n", "server-file",
         "002_escape.up.sql:1:", "INTO OUTFILE"},
        {"trigger body", "",
         "CREATE TRIGGER trg_escape AFTER INSERT ON orders FOR EACH ROW INSERT INTO %OTHER%.t VALUES (NEW.id);\n"
         "INSERT INTO orders VALUES (100, 'x');\n",
         "other-database", "002_escape.up.sql:1:", "%OTHER%.t"},
        {"dynamic sql", "",
         "CREATE PROCEDURE p_escape() BEGIN SET @s = 'DELETE FROM %TARGET%.orders'; PREPARE st FROM @s; EXECUTE st; END;\n"
         "CALL p_escape();\n",
         "dynamic-sql", "002_escape.up.sql:1:", "@s; EXECUTE"},
        {"copied trigger", "CREATE TRIGGER trg_out AFTER INSERT ON orders FOR EACH ROW INSERT INTO %OTHER%.t VALUES (NEW.id)",
         "INSERT INTO orders VALUES (101, 'y');\n", "other-database", "trigger %TARGET%.trg_out:1:", "%OTHER%.t"},
    };
    for (const Case &c : cases) {
        for (const auto &[method, reversible] : {std::pair{"copy", false}, std::pair{"shadow", false}, std::pair{"copy", true}}) {
            // A shadow database is built from the history: it has no trigger made outside it.
            if (QByteArray(c.name) == "copied trigger" && QByteArray(method) == "shadow")
                continue;
            QTest::newRow(qPrintable(u"%1 %2%3"_s.arg(QString::fromLatin1(c.name), QString::fromLatin1(method),
                                                      reversible ? u" reversible"_s : QString())))
                << QString::fromLatin1(method) << reversible << QString::fromLatin1(c.setup)
                << QString::fromLatin1(c.script) << QString::fromLatin1(c.kind) << QString::fromLatin1(c.where)
                << QString::fromLatin1(c.needle);
        }
    }
}

void TestDryRunEscape::mariadbEscapes()
{
    QFETCH(QString, method);
    QFETCH(bool, reversible);
    QFETCH(QString, setup);
    QFETCH(QString, script);
    QFETCH(QString, kind);
    QFETCH(QString, where);
    QFETCH(QString, needle);

    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"mariadb"_s, dir.path());
    GODWIT_FRESH_TARGET(other, u"mariadb"_s, dir.path());
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const auto fill = [&](QString text) {
        return text.replace(u"%TARGET%"_s, target->database).replace(u"%OTHER%"_s, other->database).replace(u"%TAG%"_s, tag);
    };
    const QString folder = dir.filePath(u"migrations"_s);
    QVERIFY(QDir().mkpath(folder));
    QString rows;
    for (int i = 1; i <= 20; ++i)
        rows += u"%1(%2, 'new')"_s.arg(i == 1 ? QString() : u", "_s).arg(i);
    QVERIFY(test::writeText(folder + u"/001_orders.up.sql"_s,
          u"CREATE TABLE orders (id INT PRIMARY KEY, status VARCHAR(20));\nINSERT INTO orders VALUES "_s + rows + u";\n"_s));
    QVERIFY(test::writeText(folder + u"/001_orders.down.sql"_s, u"DROP TABLE orders;\n"_s));
    QVERIFY(test::writeText(folder + u"/002_escape.up.sql"_s, fill(script)));
    QVERIFY(test::writeText(folder + u"/002_escape.down.sql"_s, u"SELECT 1;\n"_s));

    auto connection = test::connect(*target);
    auto witness = test::connect(*other); // a connection of its own, on the other database
    QVERIFY(connection && witness);
    QVERIFY(test::migrate(folder, *connection, {Direction::Up, u"1"_s}).ok);
    QSqlQuery q(witness->database());
    QVERIFY(q.exec(u"CREATE TABLE t (id INT)"_s) && q.exec(u"INSERT INTO t VALUES (1), (2), (3)"_s));
    if (!setup.isEmpty())
        QVERIFY2(QSqlQuery(connection->database()).exec(fill(setup)), qPrintable(fill(setup)));

    // What a DBA would look at afterwards, from outside the dry run.
    const auto state = [&] {
        return QStringList{
            test::scalar(*witness, u"SELECT CONCAT(COUNT(*), '/', SUM(id)) FROM %1.orders"_s.arg(target->database)),
            test::scalar(*witness, u"SELECT COUNT(*) FROM t"_s),
            test::scalar(*witness, u"SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME IN ('%1', '%1_new')"_s
                                .arg(other->database)),
            test::scalar(*witness, u"SELECT COUNT(*) FROM mysql.user WHERE User = 'godwit_escape_%1'"_s.arg(tag)),
            test::scalar(*witness, u"SELECT @@global.max_connections"_s),
            test::scalar(*witness, u"SELECT COUNT(*) FROM information_schema.EVENTS"_s),
            test::scalar(*witness, u"SELECT GROUP_CONCAT(TRIGGER_NAME) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = '%1'"_s
                                .arg(target->database)),
            QFile::exists(u"/tmp/godwit_escape_%1.csv"_s.arg(tag)) ? u"outfile"_s : u"no outfile"_s,
        };
    };
    const QStringList before = state();
    QVERIFY2(before.first() == u"20/210"_s, qPrintable(before.join(u", ")));

    const MigrationSource source = discoverMigrations(folder, {Format::Unknown, {}, Dialect::MySQL});
    const QList<StatusEntry> status = test::folderStatus(source, *connection);
    QString error;
    const DryRunRequest request{makePlan(source, status, {Direction::Up}), appliedMigrations(status, &error),
                                method == u"shadow" ? DryRunMethod::Shadow : DryRunMethod::Copy, reversible};
    const DryRunReport report = DryRun(*connection).run(request);
    QCOMPARE(state(), before);
    QVERIFY(!report.ok());
    QCOMPARE(report.outcomeId(), u"not-rehearsable"_s);
    QCOMPARE(report.toJson(false).value(u"outcome"_s).toString(), u"not-rehearsable"_s);
    QVERIFY(!report.notRehearsable.isEmpty());
    const NotRehearsable &first = report.notRehearsable.first();
    QCOMPARE(first.kind, kind);
    const QString location = first.location.toString();
    QVERIFY2(location.contains(fill(where)), qPrintable(location));
    // The column points at the escaping text, in the file as it is on disk.
    if (first.location.file.endsWith(u".sql"_s)) {
        const QString line = fill(script).split(u'\n').at(first.location.line - 1);
        QCOMPARE(first.location.column, line.indexOf(fill(needle)) + 1);
    }

    QStringList args{u"dry-run"_s, u"--project"_s, folder, u"--url"_s, target->display(), u"--method"_s, method};
    if (reversible)
        args << u"--reversible"_s;
    const CliRun run = cli(args);
    QCOMPARE(state(), before);
    QVERIFY2(run.exit != 0, qPrintable(run.output));
    QVERIFY2(!run.output.contains(u"passed"_s), qPrintable(run.output));
    QVERIFY2(run.output.contains(location + u": not rehearsable on a copy: "_s), qPrintable(run.output));
    QVERIFY2(run.output.contains(u"NOT PASSED"_s), qPrintable(run.output));
}

void TestDryRunEscape::siblingEscapes_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("script"); ///< %FILE%: a path outside the scratch; %TAG%: unique
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("witness"); ///< a query on the target whose answer must not change
    const auto row = [](const char *engine, const char *method, const char *script, const char *kind, const char *witness) {
        QTest::newRow(qPrintable(u"%1 %2 %3"_s.arg(QString::fromLatin1(engine), QString::fromLatin1(kind), QString::fromLatin1(method))))
            << QString::fromLatin1(engine) << QString::fromLatin1(method) << QString::fromLatin1(script)
            << QString::fromLatin1(kind) << QString::fromLatin1(witness);
    };
    for (const char *method : {"copy", "shadow", "transaction"}) {
        row("sqlite", method, "ATTACH DATABASE '%FILE%' AS r;\nDELETE FROM r.t;\n", "attach", "");
        row("sqlite", method, "VACUUM INTO '%FILE%.copy';\n", "server-file", "");
    }
    row("postgresql", "transaction", "SELECT pg_advisory_lock(%TAG%);\n", "session-lock",
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = %TAG%");
    row("postgresql", "transaction", "COPY (SELECT 1) TO '%FILE%';\n", "server-file", "");
    row("postgresql", "transaction", "CREATE DATABASE godwit_escape_%TAG%;\n", "database",
        "SELECT count(*) FROM pg_database WHERE datname = 'godwit_escape_%TAG%'");
}

void TestDryRunEscape::siblingEscapes()
{
    QFETCH(QString, engine);
    QFETCH(QString, method);
    QFETCH(QString, script);
    QFETCH(QString, kind);
    QFETCH(QString, witness);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch() % 1000000000);
    const QString file = dir.filePath(u"outside.sqlite3"_s);
    const auto fill = [&](QString text) { return text.replace(u"%FILE%"_s, file).replace(u"%TAG%"_s, tag); };
    {
        // A real database file next to the target, with rows the dry run must not touch.
        auto outside = test::connect(ConnectionSpec{.dialect = Dialect::SQLite, .path = file});
        QVERIFY(outside);
        QSqlQuery q(outside->database());
        QVERIFY(q.exec(u"CREATE TABLE t (id INTEGER)"_s) && q.exec(u"INSERT INTO t VALUES (1), (2), (3)"_s));
    }
    if (engine == u"postgresql")
        QFile::remove(file); // COPY must not create it
    const QString folder = dir.filePath(u"migrations"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(test::writeText(folder + u"/001_escape.up.sql"_s, fill(script)));
    auto connection = test::connect(*target);
    auto other = test::connect(*target);
    QVERIFY(connection && other);
    const auto state = [&] {
        QStringList seen{QFile::exists(file) ? u"file"_s : u"no file"_s,
                         QFile::exists(file + u".copy"_s) ? u"copy"_s : u"no copy"_s};
        if (engine == u"sqlite") {
            auto outside = test::connect(ConnectionSpec{.dialect = Dialect::SQLite, .path = file});
            seen << test::scalar(*outside, u"SELECT count(*) FROM t"_s);
        }
        if (!witness.isEmpty())
            seen << test::scalar(*other, fill(witness));
        return seen;
    };
    const QStringList before = state();
    const MigrationSource source = discoverMigrations(folder, {Format::Unknown, {}, connection->dialect()});
    const QList<StatusEntry> status = test::folderStatus(source, *connection);
    const DryRunMethod chosen = *dryRunMethodFromId(method);
    const DryRunReport report = DryRun(*connection).run({makePlan(source, status, {Direction::Up}), {}, chosen});
    QCOMPARE(state(), before);
    QCOMPARE(report.outcomeId(), u"not-rehearsable"_s);
    QVERIFY(!report.notRehearsable.isEmpty());
    QCOMPARE(report.notRehearsable.first().kind, kind);
    QVERIFY2(report.notRehearsable.first().location.toString().endsWith(u"001_escape.up.sql:1:1"_s)
                 || report.notRehearsable.first().location.line == 1,
             qPrintable(report.notRehearsable.first().toString()));
}

// nextval() in a rolled-back transaction still counts: every schema's sequences are put
// back, also those outside current_schema() and with names that need quoting.
void TestDryRunEscape::postgresSequencesOfEverySchema()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"postgresql"_s, dir.path());
    auto connection = test::connect(*target);
    auto witness = test::connect(*target);
    QVERIFY(connection && witness);
    QSqlQuery q(witness->database());
    for (const QString &sql : {u"CREATE SCHEMA other"_s, u"CREATE SEQUENCE other.s"_s, u"SELECT nextval('other.s')"_s,
                               u"CREATE SCHEMA \"We\"\"ird\""_s, u"CREATE SEQUENCE \"We\"\"ird\".\"S q\""_s})
        QVERIFY2(q.exec(sql), qPrintable(sql));
    const QString folder = dir.filePath(u"migrations"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(test::writeText(folder + u"/001_touch.up.sql"_s,
          u"SELECT nextval('other.s');\nSELECT nextval('other.s');\nSELECT nextval('\"We\"\"ird\".\"S q\"');\n"
          u"CREATE TABLE a (id int);\n"_s));
    QVERIFY(test::writeText(folder + u"/001_touch.down.sql"_s, u"DROP TABLE a;\n"_s));
    const auto sequences = [&] {
        return QStringList{test::scalar(*witness, u"SELECT coalesce(last_value::text, 'null') FROM pg_sequences"
                                           u" WHERE schemaname = 'other' AND sequencename = 's'"_s),
                           test::scalar(*witness, u"SELECT coalesce(last_value::text, 'null') FROM pg_sequences"
                                           u" WHERE schemaname = 'We\"ird' AND sequencename = 'S q'"_s)};
    };
    QCOMPARE(sequences(), (QStringList{u"1"_s, u"null"_s}));

    const MigrationSource source = discoverMigrations(folder, {Format::Unknown, {}, Dialect::PostgreSQL});
    const QList<StatusEntry> status = test::folderStatus(source, *connection);
    const DryRunReport report =
        DryRun(*connection).run({makePlan(source, status, {Direction::Up}), {}, DryRunMethod::Transaction});
    QVERIFY2(report.ok(), qPrintable(report.error + report.notes.join(u'\n')));
    QCOMPARE(sequences(), (QStringList{u"1"_s, u"null"_s}));
    const QString notes = report.notes.join(u'\n');
    QVERIFY2(notes.contains(u"sequence other.s was moved by the dry run"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"sequence \"We\"\"ird\".\"S q\" was moved by the dry run"_s), qPrintable(notes));
}

QTEST_GUILESS_MAIN(TestDryRunEscape)
#include "tst_dryrunescape.moc"
