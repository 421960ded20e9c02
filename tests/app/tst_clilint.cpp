#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "support/clirun.h"
#include "support/engineruns.h"

using namespace Qt::StringLiterals;
using namespace godwit;

/*! godwit-cli lint as CI runs it: a real process on a real folder, files and SQLite file. */
class TestCliLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void usageErrors_data();
    void usageErrors();
    void exitCodesAndFormats();

private:
    test::CliOutput cli(const QStringList &args, const QString &workDir = {}) const
    {
        return test::runCli(args, workDir.isEmpty() ? m_dir->path() : workDir, m_dir->filePath(u"xdg"_s));
    }
    QString url() const { return u"sqlite:"_s + m_dir->filePath(u"db.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_migrations;
};

void TestCliLint::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_migrations = m_dir->filePath(u"migrations"_s);
    QDir().mkpath(m_migrations);
    test::writeMigration(m_migrations, u"0001_a.up.sql"_s, "CREATE TABLE a (id INTEGER);\n");
    test::writeMigration(m_migrations, u"0001_a.down.sql"_s, "DROP TABLE a;\n");
    test::writeMigration(m_migrations, u"0002_b.up.sql"_s, "CREATE TABLE b (id INTEGER);\n");
    test::writeMigration(m_migrations, u"0002_b.down.sql"_s, "DROP TABLE b;\n");
    test::writeMigration(m_migrations, u"0003_idx.up.sql"_s, "CREATE INDEX idx_b ON b (id);\n");
    test::writeMigration(m_migrations, u"0003_idx.down.sql"_s, "DROP INDEX idx_b;\n");
}

void TestCliLint::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("lint in xml") << QStringList{u"lint"_s, u"--format"_s, u"xml"_s} << u"lint --format must be text, json or sarif"_s;
    QTest::newRow("lint of a missing file") << QStringList{u"lint"_s, u"--dialect"_s, u"sqlite"_s, u"nosuch.sql"_s}
                                            << u"nosuch.sql: no such file"_s;
    QTest::newRow("lint at two targets") << QStringList{u"lint"_s, u"--url"_s, u"sqlite:x.db"_s, u"--profile"_s, u"p"_s}
                                         << u"give --url or --profile, not both"_s;
    QTest::newRow("lint with a bad fail-on") << QStringList{u"lint"_s, u"--fail-on"_s, u"info"_s}
                                             << u"--fail-on must be error or warning"_s;
}

void TestCliLint::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const test::CliOutput r = cli(args);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.exit, 2);
}

void TestCliLint::exitCodesAndFormats()
{
    // Tables and an index on SQLite, every down there: nothing to say.
    test::CliOutput r = cli({u"--url"_s, url(), u"lint"_s}, m_migrations);
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.out.contains(u"0 errors, 0 warnings, 0 info, 0 suppressed (sqlite)"_s), qPrintable(r.out + r.err));

    test::writeMigration(m_migrations, u"0004_step_0004.up.sql"_s, "ALTER TABLE a ADD COLUMN note TEXT;\nDELETE FROM b;\n");
    test::writeMigration(m_migrations, u"0004_step_0004.down.sql"_s, "SELECT 1;\n");
    r = cli({u"--url"_s, url(), u"lint"_s}, m_migrations);
    QCOMPARE(r.exit, 3);
    QVERIFY2(r.out.contains(u"0004_step_0004.up.sql:2:1: error [delete-without-where] deletes every row of b"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"instead: add the WHERE you mean"_s));

    const QString file = m_dir->filePath(u"change.sql"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("SET lock_timeout = '5s';\nSET statement_timeout = '1min';\nCREATE INDEX idx_b ON b (id);\n");
    f.close();
    r = cli({u"lint"_s, u"--dialect"_s, u"postgresql"_s, file});
    QCOMPARE(r.exit, 0); // a warning does not fail by default
    QVERIFY(r.out.contains(u"[create-index-non-concurrent]"_s));
    QCOMPARE(cli({u"lint"_s, u"--dialect"_s, u"postgresql"_s, u"--fail-on"_s, u"warning"_s, file}).exit, 3);
    r = cli({u"lint"_s, u"--dialect"_s, u"postgresql"_s, u"--format"_s, u"sarif"_s, file});
    const QJsonObject sarif = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(sarif.value(u"version").toString(), u"2.1.0"_s);
    QCOMPARE(sarif[u"runs"][0][u"results"][0][u"ruleId"].toString(), u"create-index-non-concurrent"_s);
    r = cli({u"lint"_s, u"--dialect"_s, u"postgresql"_s, u"--format"_s, u"json"_s, file});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())[u"counts"][u"warning"].toInt(), 1);

    // Which MySQL server the ALTER meets decides whether it is instant or a rebuild.
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("SET lock_wait_timeout = 5;\nALTER TABLE b DROP COLUMN note;\n");
    f.close();
    r = cli({u"lint"_s, u"--dialect"_s, u"mysql"_s, u"--server-version"_s, u"mysql 8.0.20"_s, file});
    QVERIFY2(r.out.contains(u"info [mysql-rebuild-alter] DROP COLUMN note rebuilds b in place on MySQL 8.0.20"_s), qPrintable(r.out));
    r = cli({u"lint"_s, u"--dialect"_s, u"mysql"_s, u"--server-version"_s, u"mariadb 10.11"_s, file});
    QVERIFY2(!r.out.contains(u"mysql-rebuild-alter"_s), qPrintable(r.out));
    r = cli({u"lint"_s, u"--dialect"_s, u"mysql"_s, u"--server-version"_s, u"oracle 23"_s, file});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.contains(u"--server-version \"oracle 23\" is not a MySQL or MariaDB version"_s), qPrintable(r.err));

    QCOMPARE(cli({u"lint"_s, file}).exit, 2); // no dialect to read it in
    QCOMPARE(cli({u"lint"_s, u"--dialect"_s, u"oracle"_s, file}).exit, 2);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("SELECT 'unterminated;\n");
    f.close();
    r = cli({u"lint"_s, u"--dialect"_s, u"postgresql"_s, file});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.contains(file + u":1:"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliLint)
#include "tst_clilint.moc"
