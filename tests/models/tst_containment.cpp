#include "sql/containment.h"
#include "sql/sqlsplitter.h"

#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! The dry run's containment classifier on its own: per dialect and statement kind, what
    would reach outside the scratch (another database, the server, a file, another server) is
    found from the tokens and named at file:line:column; what stays inside is not. */
class TestContainment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapes_data();
    void escapes();
    void harmless_data();
    void harmless();
    void learnsForeignTables();
};

namespace {

ContainmentScope scopeFor(const QString &dialect, bool rolledBack)
{
    ContainmentScope scope;
    scope.dialect = dialect == u"mysql" ? Dialect::MySQL : dialect == u"postgresql" ? Dialect::PostgreSQL : Dialect::SQLite;
    scope.scratchDatabase = u"godwit_scratch_1"_s;
    scope.otherDatabases = {u"shop"_s, u"otherdb"_s, u"mysql"_s};
    scope.foreignTables = {u"remote_orders"_s, u"public.remote_orders"_s};
    scope.rolledBack = rolledBack;
    return scope;
}

/*! The first statement of the script that escapes, if any. */
std::optional<NotRehearsable> firstEscape(const QString &dialect, bool rolledBack, const QByteArray &script)
{
    Containment containment(scopeFor(dialect, rolledBack));
    const SplitResult split = splitStatements(containment.scope().dialect, SourceText(u"m.sql"_s, script));
    if (!split.ok())
        qFatal("%s", qPrintable(split.error->toString()));
    for (const Statement &s : split.statements) {
        if (auto escape = containment.check(s))
            return escape;
    }
    return std::nullopt;
}

} // namespace

void TestContainment::escapes_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<bool>("rolledBack");
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const auto row = [](const char *name, const char *dialect, bool rolledBack, const char *script, const char *kind,
                        int line, int column) {
        QTest::newRow(name) << QString::fromLatin1(dialect) << rolledBack << QByteArray(script)
                            << QString::fromLatin1(kind) << line << column;
    };
    // MySQL and MariaDB.
    row("mysql use", "mysql", false, "SELECT 1;\nUSE shop;\nDELETE FROM orders WHERE id <= 10;\n", "switch-database", 2, 1);
    row("mysql qualified delete", "mysql", false, "DELETE FROM shop.orders WHERE id <= 10;\n", "other-database", 1, 13);
    row("mysql quoted qualifier", "mysql", false, "INSERT INTO `otherdb`.`t` VALUES (1);\n", "other-database", 1, 13);
    row("mysql three-part column", "mysql", false, "UPDATE t SET c = 1 WHERE\n  shop.orders.id = 1;\n", "other-database", 2, 3);
    row("mysql mysql schema", "mysql", false, "UPDATE mysql.user SET x = 1;\n", "other-database", 1, 8);
    row("mysql drop database", "mysql", false, "DROP DATABASE otherdb;\n", "database", 1, 1);
    row("mysql create schema", "mysql", false, "CREATE SCHEMA IF NOT EXISTS x;\n", "database", 1, 1);
    row("mysql alter database", "mysql", false, "ALTER DATABASE shop CHARACTER SET utf8mb4;\n", "database", 1, 1);
    row("mysql create user", "mysql", false, "CREATE USER 'u'@'%' IDENTIFIED BY 'x';\n", "account", 1, 1);
    row("mysql drop role", "mysql", false, "DROP ROLE r;\n", "account", 1, 1);
    row("mysql rename user", "mysql", false, "RENAME USER a TO b;\n", "account", 1, 1);
    row("mysql grant", "mysql", false, "GRANT SELECT ON t TO 'u'@'%';\n", "account", 1, 1);
    row("mysql revoke", "mysql", false, "REVOKE ALL ON *.* FROM u;\n", "account", 1, 1);
    row("mysql set password", "mysql", false, "SET PASSWORD FOR u = PASSWORD('x');\n", "account", 1, 1);
    row("mysql set default role", "mysql", false, "SET DEFAULT ROLE r FOR u;\n", "account", 1, 1);
    row("mysql set global", "mysql", false, "SET GLOBAL max_connections = 777;\n", "global-variable", 1, 5);
    row("mysql set @@global", "mysql", false, "SET sql_mode = '', @@global.max_connections = 777;\n", "global-variable", 1, 20);
    row("mysql set persist", "mysql", false, "SET PERSIST max_connections = 777;\n", "global-variable", 1, 5);
    row("mysql install plugin", "mysql", false, "INSTALL SONAME 'ha_connect';\n", "plugin", 1, 1);
    row("mysql udf", "mysql", false, "CREATE FUNCTION f RETURNS STRING SONAME 'x.so';\n", "plugin", 1, 34);
    row("mysql event", "mysql", false, "CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO DELETE FROM t;\n", "event", 1, 1);
    row("mysql server", "mysql", false, "CREATE SERVER s FOREIGN DATA WRAPPER mysql OPTIONS (HOST 'h');\n", "server", 1, 1);
    row("mysql tablespace", "mysql", false, "CREATE TABLESPACE ts ADD DATAFILE 'ts.ibd';\n", "tablespace", 1, 1);
    row("mysql change master", "mysql", false, "CHANGE MASTER TO MASTER_HOST = 'h';\n", "replication", 1, 1);
    row("mysql stop replica", "mysql", false, "STOP SLAVE;\n", "replication", 1, 1);
    row("mysql purge", "mysql", false, "PURGE BINARY LOGS BEFORE NOW();\n", "replication", 1, 1);
    row("mysql flush", "mysql", false, "FLUSH PRIVILEGES;\n", "server-command", 1, 1);
    row("mysql kill", "mysql", false, "KILL QUERY 42;\n", "server-command", 1, 1);
    row("mysql reset", "mysql", false, "RESET MASTER;\n", "server-command", 1, 1);
    row("mysql shutdown", "mysql", false, "SHUTDOWN;\n", "server-command", 1, 1);
    row("mysql into outfile", "mysql", false, "SELECT * FROM t\n  INTO OUTFILE '/tmp/x.csv';\n", "server-file", 2, 3);
    row("mysql into dumpfile", "mysql", false, "SELECT b FROM t LIMIT 1 INTO DUMPFILE '/tmp/x';\n", "server-file", 1, 25);
    row("mysql data directory", "mysql", false, "CREATE TABLE t (a INT) DATA DIRECTORY = '/srv';\n", "server-file", 1, 24);
    row("mysql connect engine", "mysql", false, "CREATE TABLE t (a INT) ENGINE=FEDERATED CONNECTION='mysql://h/db/t';\n", "remote", 1, 41);
    row("mysql prepare from variable", "mysql", false, "SET @s = 'DELETE FROM t';\nPREPARE st FROM @s;\n", "dynamic-sql", 2, 17);
    row("mysql prepare from literal", "mysql", false, "PREPARE st FROM 'DELETE FROM shop.orders';\n", "other-database", 1, 30);
    row("mysql execute immediate", "mysql", false, "EXECUTE IMMEDIATE CONCAT('DROP ', 'TABLE t');\n", "dynamic-sql", 1, 19);
    row("mysql trigger body", "mysql", false,
        "CREATE TRIGGER trg AFTER INSERT ON orders FOR EACH ROW\n  INSERT INTO otherdb.t VALUES (NEW.id);\n",
        "other-database", 2, 15);
    row("mysql procedure body set global", "mysql", false,
        "DELIMITER //\nCREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SET GLOBAL max_connections = 1;\nEND //\n",
        "global-variable", 5, 7);
    row("mysql procedure prepare", "mysql", false,
        "CREATE PROCEDURE p() BEGIN\n  PREPARE st FROM @s; EXECUTE st;\nEND;\n", "dynamic-sql", 2, 19);
    row("mysql executable comment", "mysql", false, "/*!40101 SET GLOBAL max_connections = 9 */;\n", "global-variable", 1, 14);
    // SQLite.
    row("sqlite attach", "sqlite", false, "CREATE TABLE a (x);\nATTACH DATABASE '/real.db' AS r;\n", "attach", 2, 1);
    row("sqlite vacuum into", "sqlite", false, "VACUUM INTO '/tmp/copy.db';\n", "server-file", 1, 8);
    row("sqlite load_extension", "sqlite", false, "SELECT load_extension('/x.so');\n", "extension", 1, 8);
    row("sqlite trigger writefile", "sqlite", false,
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  SELECT writefile('/x', NEW.x);\nEND;\n", "server-file", 2, 10);
    // PostgreSQL, in a rolled-back transaction and on a scratch database.
    row("pg dblink", "postgresql", true, "SELECT dblink_exec('dbname=shop', 'DELETE FROM t');\n", "remote", 1, 8);
    row("pg foreign write", "postgresql", true, "INSERT INTO remote_orders VALUES (1);\n", "remote", 1, 13);
    row("pg copy program", "postgresql", true, "COPY t TO PROGRAM 'rm -rf /';\n", "server-command", 1, 11);
    row("pg copy server file", "postgresql", true, "COPY t FROM '/etc/passwd';\n", "server-file", 1, 13);
    row("pg lo_export", "postgresql", true, "SELECT lo_export(1, '/tmp/x');\n", "server-file", 1, 8);
    row("pg terminate", "postgresql", true, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity;\n", "server-command", 1, 8);
    row("pg reload", "postgresql", true, "SELECT pg_reload_conf();\n", "server-command", 1, 8);
    row("pg alter system", "postgresql", true, "ALTER SYSTEM SET work_mem = '1GB';\n", "server-command", 1, 1);
    row("pg create database", "postgresql", true, "CREATE DATABASE x;\n", "database", 1, 1);
    row("pg drop tablespace", "postgresql", true, "DROP TABLESPACE ts;\n", "tablespace", 1, 1);
    row("pg advisory lock", "postgresql", true, "SELECT pg_advisory_lock(42);\n", "session-lock", 1, 8);
    row("pg load", "postgresql", true, "LOAD 'auto_explain';\n", "extension", 1, 1);
    row("pg subscription", "postgresql", true, "CREATE SUBSCRIPTION s CONNECTION 'h' PUBLICATION p;\n", "replication", 1, 1);
    row("pg role on a scratch", "postgresql", false, "CREATE ROLE r;\n", "account", 1, 1);
    row("pg role membership on a scratch", "postgresql", false, "GRANT r TO u;\n", "account", 1, 1);
    row("pg function body", "postgresql", true,
        "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n  PERFORM dblink_exec('x', 'y');\nEND $$;\n",
        "remote", 3, 11);
    row("pg do dynamic", "postgresql", true, "DO $$\nBEGIN\n  EXECUTE format('DROP TABLE %I', 't');\nEND $$;\n",
        "dynamic-sql", 3, 3);
    row("pg do literal", "postgresql", true, "DO $$ BEGIN EXECUTE 'SELECT pg_reload_conf()'; END $$;\n",
        "server-command", 1, 29);
}

void TestContainment::escapes()
{
    QFETCH(QString, dialect);
    QFETCH(bool, rolledBack);
    QFETCH(QByteArray, script);
    QFETCH(QString, kind);
    QFETCH(int, line);
    QFETCH(int, column);
    const std::optional<NotRehearsable> escape = firstEscape(dialect, rolledBack, script);
    QVERIFY2(escape, "not found");
    QCOMPARE(escape->kind, kind);
    QCOMPARE(escape->location.toString(), u"m.sql:%1:%2"_s.arg(line).arg(column));
    QVERIFY(!escape->reason.isEmpty());
    QVERIFY(escape->toString().startsWith(u"m.sql:%1:%2: not rehearsable on a copy: "_s.arg(line).arg(column)));
}

void TestContainment::harmless_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<bool>("rolledBack");
    QTest::addColumn<QByteArray>("script");
    const auto row = [](const char *name, const char *dialect, bool rolledBack, const char *script) {
        QTest::newRow(name) << QString::fromLatin1(dialect) << rolledBack << QByteArray(script);
    };
    row("mysql table.column", "mysql", false, "SELECT o.id, orders.id FROM orders o JOIN orders ON orders.id = o.id;\n");
    row("mysql scratch qualifier", "mysql", false, "INSERT INTO godwit_scratch_1.t VALUES (1);\n");
    row("mysql information_schema", "mysql", false, "SELECT * FROM information_schema.TABLES;\n");
    row("mysql session variables", "mysql", false, "SET SESSION sql_mode = ''; SET @@session.x = 1; SET NAMES utf8mb4;\n");
    row("mysql column named user", "mysql", false, "CREATE TABLE t (user INT, `database` INT);\nALTER TABLE t ADD COLUMN role INT;\n");
    row("mysql local trigger", "mysql", false,
        "CREATE DEFINER=`root`@`localhost` TRIGGER trg AFTER INSERT ON orders FOR EACH ROW INSERT INTO audit VALUES (NEW.id);\n");
    row("mysql definer named user", "mysql", false, "CREATE DEFINER = user@localhost PROCEDURE p() SELECT 1;\n");
    row("mysql string mentions a database", "mysql", false, "INSERT INTO notes VALUES ('USE shop; DROP DATABASE shop');\n");
    row("mysql comment", "mysql", false, "-- USE shop\n/* DROP DATABASE shop */ SELECT 1;\n");
    row("mysql prepare a local literal", "mysql", false, "PREPARE st FROM 'DELETE FROM t WHERE id = ?';\nEXECUTE st USING @id;\n");
    row("mysql transaction", "mysql", false, "START TRANSACTION;\nINSERT INTO t VALUES (1);\nCOMMIT;\n");
    row("sqlite plain", "sqlite", false, "VACUUM;\nSELECT attach FROM t;\nCREATE TABLE load_extension (x);\n");
    row("pg sequences", "postgresql", true, "SELECT nextval('other.s');\n");
    row("pg dynamic literal", "postgresql", true, "DO $$ BEGIN EXECUTE 'CREATE TABLE x ()'; END $$;\n");
    row("pg role in a rolled-back transaction", "postgresql", true, "CREATE ROLE r;\nGRANT r TO u;\n");
    row("pg user mapping", "postgresql", false, "CREATE USER MAPPING FOR CURRENT_USER SERVER s;\n");
    row("pg object grant", "postgresql", false, "GRANT SELECT ON t TO r;\n");
    row("pg copy stdin", "postgresql", true, "COPY t FROM STDIN;\nCOPY t TO STDOUT;\n");
    row("pg transaction lock", "postgresql", true, "SELECT pg_advisory_xact_lock(42);\n");
    row("pg foreign read", "postgresql", true, "INSERT INTO local_copy SELECT 1;\nSELECT * FROM remote_orders;\n");
    row("pg trigger", "postgresql", true,
        "CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW EXECUTE FUNCTION f();\n");
}

void TestContainment::harmless()
{
    QFETCH(QString, dialect);
    QFETCH(bool, rolledBack);
    QFETCH(QByteArray, script);
    const std::optional<NotRehearsable> escape = firstEscape(dialect, rolledBack, script);
    QVERIFY2(!escape, escape ? qPrintable(escape->toString()) : "");
}

// A foreign table the script makes is outside as soon as it exists.
void TestContainment::learnsForeignTables()
{
    const auto escape = firstEscape(u"postgresql"_s, true,
                                    "CREATE FOREIGN TABLE IF NOT EXISTS sales.far (id int) SERVER s;\n"
                                    "INSERT INTO sales.far VALUES (1);\n");
    QVERIFY(escape);
    QCOMPARE(escape->kind, u"remote"_s);
    QCOMPARE(escape->location.toString(), u"m.sql:2:19"_s);
}

QTEST_GUILESS_MAIN(TestContainment)
#include "tst_containment.moc"
