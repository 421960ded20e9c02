#include "database/executor.h"
#include "plan/status.h"
#include "demo/demoproject.h"
#include "migrations/projectfile.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! The bundled demo project: made on first use with part of its history applied, never
    overwriting the user's edits, and fully reversible. */
class TestDemoProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRunHasAppliedAndPending();
    void keepsUserEditsAndRemakesTheDatabase();
    void everyMigrationRoundTrips();

private:
    struct Opened
    {
        Project project;
        MigrationSource source;
        std::unique_ptr<Connection> connection;
        QList<StatusEntry> status;
    };
    static Opened open(const QString &projectDir);
};

TestDemoProject::Opened TestDemoProject::open(const QString &projectDir)
{
    Opened o;
    o.project = *loadProject(projectDir).project;
    o.source = discoverMigrations(o.project.migrationsDir, {o.project.format, {}, Dialect::SQLite});
    const auto spec = connectionFromProfile(*o.project.profile(o.project.defaultProfile), o.project.directory);
    o.connection = std::move(Connection::open(*spec.spec, Connection::Mode::ReadWrite, {5000}).connection);
    o.status = computeStatus(o.source, *GodwitHistoryStore(*o.connection).readAll());
    return o;
}

void TestDemoProject::firstRunHasAppliedAndPending()
{
    QTemporaryDir data;
    const DemoSetup setup = ensureDemoProject(data.path());
    QVERIFY2(setup.error.isEmpty(), qPrintable(setup.error));
    QVERIFY(setup.created);
    const Opened o = open(setup.projectDir);
    QVERIFY(o.source.problems.isEmpty());
    QCOMPARE(o.source.migrations.size(), 10);
    int applied = 0;
    int pending = 0;
    for (const StatusEntry &e : o.status) {
        applied += e.state == MigrationState::Applied;
        pending += e.state == MigrationState::Pending;
    }
    QCOMPARE(applied, 7);
    QCOMPARE(pending, 3);
    QSqlQuery q(o.connection->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM order_totals"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void TestDemoProject::keepsUserEditsAndRemakesTheDatabase()
{
    QTemporaryDir data;
    const DemoSetup first = ensureDemoProject(data.path());
    const QString edited = first.projectDir + u"/migrations/000010_contract_customer_name.up.sql"_s;
    QFile file(edited);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("-- my own change\n");
    file.close();
    QVERIFY(QFile::remove(first.projectDir + u"/shop.sqlite"_s));

    const DemoSetup second = ensureDemoProject(data.path());
    QVERIFY(second.error.isEmpty());
    QVERIFY(second.created);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("-- my own change\n"));
    QVERIFY(!ensureDemoProject(data.path()).created);
}

void TestDemoProject::everyMigrationRoundTrips()
{
    QTemporaryDir data;
    const DemoSetup setup = ensureDemoProject(data.path());
    Opened o = open(setup.projectDir);
    Executor executor(*o.connection, o.source.folder);
    QVERIFY(executor.run(makePlan(o.source, o.status, {Direction::Up})).ok);
    o.status = computeStatus(o.source, *GodwitHistoryStore(*o.connection).readAll());
    QSqlQuery q(o.connection->database());
    QVERIFY(q.exec(u"SELECT full_name FROM customers ORDER BY id"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"Ada Lovelace"_s);
    q.finish(); // an open read would hold the table

    const Plan down = makePlan(o.source, o.status, {Direction::Down, u"0"_s});
    QCOMPARE(down.steps.size(), 10);
    QVERIFY(executor.run(down).ok);
    QVERIFY(q.exec(u"SELECT group_concat(name) FROM sqlite_master WHERE name NOT LIKE 'godwit%' AND name NOT LIKE 'sqlite%'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QString());
}

QTEST_GUILESS_MAIN(TestDemoProject)
#include "tst_demoproject.moc"
