#include "database/dryrun.h"

#include "support/scripthelpers.h"
#include "support/testtargets.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
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
    void postgresRoutinesThatEscape_data();
    void postgresRoutinesThatEscape();
    void mariadbViewOfAnotherDatabase();
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
    QVERIFY2(report.outcomeId() == u"not-rehearsable"_s, qPrintable(report.outcomeId() + u": "_s + report.error));
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
    QVERIFY2(report.ok(), qPrintable(report.error + englishTexts(report.notes).join(u'\n')));
    QCOMPARE(sequences(), (QStringList{u"1"_s, u"null"_s}));
    const QString notes = englishTexts(report.notes).join(u'\n');
    QVERIFY2(notes.contains(u"sequence other.s was moved by the dry run"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"sequence \"We\"\"ird\".\"S q\" was moved by the dry run"_s), qPrintable(notes));
}

void TestDryRunEscape::postgresRoutinesThatEscape_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QStringList>("setup"); ///< run on the target first; %FILE%: a server file outside
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("reason"); ///< the start of the first reason; empty: the dry run passes

    const QString spill = u"CREATE FUNCTION spill() RETURNS int LANGUAGE plpgsql AS $$ BEGIN "
                          u"COPY (SELECT 1) TO '%FILE%'; RETURN 1; END $$"_s;
    const QStringList trigger{spill,
                              u"CREATE FUNCTION spill_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM spill(); "
                              u"RETURN NEW; END $$"_s,
                              u"CREATE TABLE t (id int)"_s,
                              u"CREATE TRIGGER t_spill BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION spill_row()"_s};
    for (const QString &method : {u"transaction"_s, u"copy"_s}) {
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::newRow(qPrintable(method + u' ' + QLatin1StringView(name))) << method;
        };
        row("call") << QStringList{spill} << u"SELECT spill();\n"_s
                    << u"spill() reaches outside the dry run: COPY reads or writes the server file"_s;
        row("unrelated statement") << QStringList{spill} << u"CREATE TABLE other (id int);\n"_s << QString();
        row("through another routine")
            << QStringList{spill, u"CREATE FUNCTION outer_fn() RETURNS void LANGUAGE sql AS $$ SELECT spill() $$"_s}
            << u"SELECT outer_fn();\n"_s << u"outer_fn() reaches outside the dry run: spill() reaches outside"_s;
        row("trigger") << trigger << u"INSERT INTO t VALUES (1);\n"_s
                       << u"it writes t: its trigger t_spill calls spill_row(), which reaches outside"_s;
        row("routine writing a table with a trigger")
            << (trigger + QStringList{u"CREATE FUNCTION writer() RETURNS void LANGUAGE plpgsql AS $$ BEGIN "
                                      u"INSERT INTO t VALUES (2); END $$"_s})
            << u"SELECT writer();\n"_s << u"writer() reaches outside the dry run: it writes t: its trigger t_spill"_s;
        row("default") << QStringList{spill, u"CREATE TABLE d (id int, k int DEFAULT spill())"_s}
                       << u"INSERT INTO d (id) VALUES (1);\n"_s << u"it writes d: a column default calls spill()"_s;
        row("view") << QStringList{spill, u"CREATE VIEW v AS SELECT spill() AS k"_s}
                    << u"CREATE TABLE c AS SELECT * FROM v;\n"_s << u"it reads v: the view calls spill()"_s;
    }
    QTest::newRow("transaction event trigger")
        << u"transaction"_s
        << QStringList{u"CREATE FUNCTION spill_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN "
                       u"COPY (SELECT 1) TO '%FILE%'; END $$"_s,
                       u"CREATE EVENT TRIGGER et_spill ON ddl_command_end EXECUTE FUNCTION spill_ddl()"_s}
        << u"CREATE TABLE z (id int);\n"_s << u"the event trigger et_spill runs on DDL and calls spill_ddl()"_s;
}

// A routine of the target that reaches outside (here: it writes a server file) is found in
// the catalog, whether the migration calls it, or a trigger, a default, a view, another
// routine or an event trigger runs it; the file is never written.
void TestDryRunEscape::postgresRoutinesThatEscape()
{
    QFETCH(QString, method);
    QFETCH(QStringList, setup);
    QFETCH(QString, script);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"postgresql"_s, dir.path());
    const QString file = dir.filePath(u"spilled.txt"_s);
    auto connection = test::connect(*target);
    QVERIFY(connection);
    const QString folder = dir.filePath(u"migrations"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(test::writeText(folder + u"/001_escape.up.sql"_s, script));
    const MigrationSource source = discoverMigrations(folder, {Format::Unknown, {}, Dialect::PostgreSQL});
    const QList<StatusEntry> status = test::folderStatus(source, *connection);
    QSqlQuery q(connection->database());
    for (const QString &sql : std::as_const(setup))
        QVERIFY2(q.exec(QString(sql).replace(u"%FILE%"_s, file)), qPrintable(sql + q.lastError().text()));
    QVERIFY(!QFile::exists(file));

    const DryRunReport report = DryRun(*connection).run({makePlan(source, status, {Direction::Up}), {}, *dryRunMethodFromId(method)});
    QVERIFY2(!QFile::exists(file), "the dry run wrote the server file");
    if (reason.isEmpty()) {
        QVERIFY2(report.ok(), qPrintable(report.error + report.outcomeId()));
        return;
    }
    QVERIFY2(report.outcomeId() == u"not-rehearsable"_s, qPrintable(report.outcomeId() + u": "_s + report.error));
    QCOMPARE(report.notRehearsable.first().kind, reason.startsWith(u"the event trigger"_s) ? u"event-trigger"_s : u"routine"_s);
    QVERIFY2(report.notRehearsable.first().reason.startsWith(reason), qPrintable(report.notRehearsable.first().reason));
    QCOMPARE(report.notRehearsable.first().location.line, 1);
}

// A view reading another database is not copied into the scratch (written through there,
// it would write the other database), nor one that needs it; each is reported.
void TestDryRunEscape::mariadbViewOfAnotherDatabase()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"mariadb"_s, dir.path());
    GODWIT_FRESH_TARGET(other, u"mariadb"_s, dir.path());
    auto connection = test::connect(*target);
    auto witness = test::connect(*other);
    QVERIFY(connection && witness);
    QSqlQuery w(witness->database());
    QVERIFY(w.exec(u"CREATE TABLE t (id INT)"_s) && w.exec(u"INSERT INTO t VALUES (1), (2), (3)"_s));
    QSqlQuery q(connection->database());
    QVERIFY(q.exec(u"CREATE TABLE own (id INT)"_s));
    QVERIFY2(q.exec(u"CREATE VIEW v_other AS SELECT id FROM `%1`.t"_s.arg(other->database)), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"CREATE VIEW v_chain AS SELECT id FROM v_other"_s));
    QVERIFY(q.exec(u"CREATE VIEW v_own AS SELECT id FROM own"_s));
    const QString folder = dir.filePath(u"migrations"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(test::writeText(folder + u"/001_write.up.sql"_s, u"INSERT INTO v_other VALUES (9);\n"_s));
    const MigrationSource source = discoverMigrations(folder, {Format::Unknown, {}, Dialect::MySQL});
    const QList<StatusEntry> status = test::folderStatus(source, *connection);

    const DryRunReport report = DryRun(*connection).run({makePlan(source, status, {Direction::Up}), {}, DryRunMethod::Copy});
    QCOMPARE(test::scalar(*witness, u"SELECT CONCAT(COUNT(*), '/', SUM(id)) FROM t"_s), u"3/6"_s);
    QVERIFY(!report.ok());
    QStringList where;
    for (const NotRehearsable &n : report.notRehearsable)
        where << n.location.file;
    QCOMPARE(where, (QStringList{u"view %1.v_other"_s.arg(target->database), u"view %1.v_chain"_s.arg(target->database)}));
    QCOMPARE(report.notRehearsable.first().kind, u"other-database"_s);

    const CliRun run = cli({u"dry-run"_s, u"--project"_s, folder, u"--url"_s, target->display(), u"--method"_s, u"copy"_s});
    QCOMPARE(test::scalar(*witness, u"SELECT CONCAT(COUNT(*), '/', SUM(id)) FROM t"_s), u"3/6"_s);
    QVERIFY2(run.exit != 0 && run.output.contains(u"NOT PASSED"_s), qPrintable(run.output));
    QVERIFY2(run.output.contains(u"view %1.v_other:1:"_s.arg(target->database)), qPrintable(run.output));
}

QTEST_GUILESS_MAIN(TestDryRunEscape)
#include "tst_dryrunescape.moc"
