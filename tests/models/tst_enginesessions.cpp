#include "plan/status.h"

#include "support/engineruns.h"
#include "support/testtargets.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;
using godwit::test::cli;
using godwit::test::CliRun;
using godwit::test::copyFolder;
using godwit::test::writeMigration;

/*! What reaches each engine's session through godwit-cli (real servers from ctest's
    "servers" fixture): statement and lock timeouts, --schema, a password from the
    environment, TLS options in the URL. */
class TestEngineSessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionTimeouts_data();
    void sessionTimeouts();
    void postgresSchema();
    void passwordFromEnvironment();
    void tlsOptionsReachTheDriver();
};

void TestEngineSessions::sessionTimeouts_data()
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
void TestEngineSessions::sessionTimeouts()
{
    QFETCH(QString, engine);
    QFETCH(QString, option);
    QFETCH(QByteArray, migration);
    QFETCH(QString, expected);
    GODWIT_ENGINE_FOLDER(engine);
    QCOMPARE(cli({u"up"_s, u"--project"_s, folder, u"--url"_s, url}).exit, 0);
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
void TestEngineSessions::postgresSchema()
{
    GODWIT_ENGINE_FOLDER(u"postgresql"_s);
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
    const CliRun again = cli({u"up"_s, u"--project"_s, folder, u"--url"_s, url});
    QVERIFY2(again.exit == 0 && !again.output.contains(u"001"_s), qPrintable(again.output));
}

// A user with a password: it comes from GODWIT_PASSWORD or MYSQL_PWD, a missing one is the
// server's clear refusal, and the secret shows in no output.
void TestEngineSessions::passwordFromEnvironment()
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
void TestEngineSessions::tlsOptionsReachTheDriver()
{
    GODWIT_ENGINE_FOLDER(u"postgresql"_s);
    const CliRun required = cli({u"status"_s, u"--project"_s, folder, u"--url"_s, url + u"?sslmode=require"_s});
    QCOMPARE(required.exit, 1);
    QVERIFY2(required.output.contains(u"SSL"_s), qPrintable(required.output));
    const CliRun disabled = cli({u"status"_s, u"--project"_s, folder, u"--url"_s, url + u"?sslmode=disable"_s});
    QVERIFY2(disabled.exit == 0, qPrintable(disabled.output));
}

QTEST_GUILESS_MAIN(TestEngineSessions)
#include "tst_enginesessions.moc"
