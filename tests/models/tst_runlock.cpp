#include "database/runlock.h"

#include "support/testtargets.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! The run lock covers one history: runs on two databases of one server (two schemas' histories
    on PostgreSQL) do not wait for each other; two runs on the same one do. */
class TestRunLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void otherDatabaseDoesNotWait_data() { serverRows(); }
    void otherDatabaseDoesNotWait();
    void sameDatabaseWaits_data() { serverRows(); }
    void sameDatabaseWaits();
    void longDatabaseName();
    void postgresHistorySchemas();

private:
    static void serverRows()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("postgresql") << u"postgresql"_s;
        QTest::newRow("mariadb") << u"mariadb"_s;
    }
};

namespace {

std::unique_ptr<Connection> open(const ConnectionSpec &spec, const ConnectOptions &options = {})
{
    auto opened = Connection::open(spec, Connection::Mode::ReadWrite, options);
    if (!opened.connection)
        qWarning("%s", qPrintable(opened.error.english()));
    return std::move(opened.connection);
}

QString migrations()
{
    return QStringLiteral(GODWIT_TEST_DATA "/engines/") + u"%1"_s;
}

} // namespace

// One run holds the lock on database A; `up` on database B of the same server, allowed to
// wait 2 s for its lock, runs at once and applies everything.
void TestRunLock::otherDatabaseDoesNotWait()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(first, engine, dir.path());
    GODWIT_FRESH_TARGET(second, engine, dir.path());
    auto holder = open(*first);
    QVERIFY(holder);
    RunLock::Acquire held = RunLock::acquire(*holder, 5);
    QVERIFY2(held.lock, qPrintable(held.error));

    auto other = open(*second);
    QVERIFY(other);
    QElapsedTimer timer;
    timer.start();
    const ExecutionReport up = test::migrate(migrations().arg(dialectName(test::dialectOf(engine))), *other,
                                             {Direction::Up}, {2});
    QVERIFY2(up.ok, qPrintable(up.error.english()));
    QCOMPARE(up.steps.size(), 4);
    QVERIFY2(timer.elapsed() < 1900, qPrintable(QString::number(timer.elapsed())));
}

// The same database: the second run waits its 1 s and gives up, naming the lock.
void TestRunLock::sameDatabaseWaits()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    auto holder = open(*target);
    QVERIFY(holder);
    RunLock::Acquire held = RunLock::acquire(*holder, 5);
    QVERIFY2(held.lock, qPrintable(held.error));

    auto other = open(*target);
    QVERIFY(other);
    QElapsedTimer timer;
    timer.start();
    const ExecutionReport up = test::migrate(migrations().arg(dialectName(test::dialectOf(engine))), *other,
                                             {Direction::Up}, {1});
    QVERIFY(!up.ok);
    QVERIFY2(up.error.english().contains(u"migration lock"_s), qPrintable(up.error.english()));
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(up.steps.size(), 0);
    held.lock.reset();
    const ExecutionReport after = test::migrate(migrations().arg(dialectName(test::dialectOf(engine))), *other,
                                                {Direction::Up}, {1});
    QVERIFY2(after.ok, qPrintable(after.error.english()));
}

// MariaDB's GET_LOCK takes names of up to 64 characters: a database named with 64 gets its
// lock all the same, and it is still its own.
void TestRunLock::longDatabaseName()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(fresh, u"mariadb"_s, dir.path());
    ConnectionSpec target = *fresh;
    target.database = fresh->database + QString(64 - fresh->database.size(), u'x');
    {
        auto admin = open(*fresh);
        QVERIFY(admin);
        QSqlQuery q(admin->database());
        QVERIFY2(q.exec(u"CREATE DATABASE "_s + quotedIdentifier(Dialect::MySQL, target.database)),
                 qPrintable(q.lastError().text()));
    }
    auto holder = open(target);
    QVERIFY(holder);
    RunLock::Acquire held = RunLock::acquire(*holder, 1);
    QVERIFY2(held.lock, qPrintable(held.error));
    auto same = open(target);
    QVERIFY(!RunLock::acquire(*same, 1).lock);
    auto other = open(*fresh);
    QVERIFY(RunLock::acquire(*other, 1).lock);
}

// PostgreSQL: --schema moves the migrations, not the history: a run with --schema shop and
// a later one without it agree on what is applied. A project keeping its history in
// another schema has a lock of its own.
void TestRunLock::postgresHistorySchemas()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"postgresql"_s, dir.path());
    {
        auto admin = open(*target);
        QVERIFY(admin);
        QSqlQuery q(admin->database());
        QVERIFY(q.exec(u"CREATE SCHEMA shop"_s) && q.exec(u"CREATE SCHEMA \"other history\""_s));
    }
    const QString folder = migrations().arg(u"postgresql"_s);
    ConnectOptions withSchema;
    withSchema.schema = u"shop"_s;
    auto shop = open(*target, withSchema);
    QVERIFY(shop);
    QCOMPARE(shop->historySchema(), u"public"_s);
    const ExecutionReport up = test::migrate(folder, *shop, {Direction::Up});
    QVERIFY2(up.ok, qPrintable(up.error.english()));
    QCOMPARE(up.steps.size(), 4);

    auto plain = open(*target);
    QVERIFY(plain);
    const MigrationSource source = discoverMigrations(folder, {Format::Unknown, {}, Dialect::PostgreSQL});
    for (const StatusEntry &e : test::folderStatus(source, *plain))
        QCOMPARE(stateId(e.state), u"applied"_s);
    const ExecutionReport again = test::migrate(folder, *plain, {Direction::Up});
    QVERIFY2(again.ok, qPrintable(again.error.english()));
    QCOMPARE(again.steps.size(), 0); // nothing applied twice
    QSqlQuery q(plain->database());
    QVERIFY(q.exec(u"SELECT table_schema FROM information_schema.tables WHERE table_name = 'orders'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"shop"_s);
    QVERIFY(q.exec(u"SELECT table_schema, count(*) FROM information_schema.tables"
                   u" WHERE table_name = 'godwit_schema_history' GROUP BY 1"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"public"_s);
    QVERIFY(!q.next());
    QVERIFY(q.exec(u"SELECT count(*) FROM public.godwit_schema_history"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 4);

    // Another history (the project's "schema" setting) is another lock.
    ConnectOptions otherHistory;
    otherHistory.historySchema = u"\"other history\""_s;
    auto holder = open(*target);
    RunLock::Acquire held = RunLock::acquire(*holder, 1);
    QVERIFY2(held.lock, qPrintable(held.error));
    auto elsewhere = open(*target, otherHistory);
    QVERIFY(elsewhere);
    QCOMPARE(elsewhere->historySchema(), u"other history"_s);
    QVERIFY(RunLock::acquire(*elsewhere, 1).lock);
    auto same = open(*target);
    QVERIFY(!RunLock::acquire(*same, 1).lock);
}

QTEST_GUILESS_MAIN(TestRunLock)
#include "tst_runlock.moc"
