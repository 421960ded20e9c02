#include "database/dryrun.h"
#include "database/introspection.h"

#include "support/testtargets.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! Dry runs on SQLite, PostgreSQL and MariaDB, on tests/data/dryrun/<dialect>: 001 makes a
    table with rows, 002 changes it (rows too), 003's down forgets an index, 004 fails at its
    second statement. Every run, also failed and cancelled ones, must leave the target
    exactly as it was: schema (read twice, by Godwit and by a plain catalog dump), every
    table's rows and their checksums, and PostgreSQL's sequences. */
class TestDryRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void harmlessWhenItPasses_data() { test::addEngineRows(); }
    void harmlessWhenItPasses();
    void harmlessWhenItFails_data() { test::addEngineRows(); }
    void harmlessWhenItFails();
    void harmlessWhenCancelled_data() { test::addEngineRows(); }
    void harmlessWhenCancelled();
    void cancelLongStatement_data() { test::addEngineRows(); }
    void cancelLongStatement();
    void everyMethod_data();
    void everyMethod();
    void reversibility_data() { test::addEngineRows(); }
    void reversibility();
    void drift_data() { test::addEngineRows(); }
    void drift();

private:
    struct Fixture;
};

/*! A fresh target with 001 applied, and everything needed to prove it unchanged. */
struct TestDryRun::Fixture
{
    QTemporaryDir dir;
    QString folder;
    std::unique_ptr<Connection> connection;
    QString state;

    bool setUp(const ConnectionSpec &target, const QString &engine)
    {
        folder = dir.filePath(u"migrations"_s);
        QDir().mkpath(folder);
        const QString from = QStringLiteral(GODWIT_TEST_DATA "/dryrun/") + dialectName(test::dialectOf(engine));
        for (const QString &file : QDir(from).entryList(QDir::Files))
            QFile::copy(from + u'/' + file, folder + u'/' + file);
        connection = test::connect(target);
        if (!connection || !test::migrate(folder, *connection, {Direction::Up, u"1"_s}).ok)
            return false;
        state = everything();
        return true;
    }

    /*! Schema and data as three witnesses see them: Godwit's snapshot, a plain dump of the
        catalogs and rows, and a SHA-256 of each table's sorted rows; on PostgreSQL also the
        sequences, which a rolled-back transaction does not restore by itself. Only the
        append-only audit log (and its id sequence) may grow: it records the dry run. */
    QString everything()
    {
        QString text = test::snapshot(*connection);
        const Introspection read = introspect(*connection);
        text += u"\n--- snapshot\n"_s + (read.snapshot ? snapshotDdl(*read.snapshot) : read.error);
        text += u"\n--- checksums\n"_s;
        QSqlQuery q(connection->database());
        if (read.snapshot) {
            for (const Table &t : read.snapshot->tables) {
                QStringList rows;
                q.exec(u"SELECT * FROM "_s + t.name);
                while (q.next()) {
                    QStringList fields;
                    for (int i = 0; i < q.record().count(); ++i)
                        fields << q.value(i).toString();
                    rows << fields.join(u'\x1f');
                }
                rows.sort();
                text += t.name + u": "_s
                        + QString::fromLatin1(
                            QCryptographicHash::hash(rows.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex())
                        + u'\n';
            }
        }
        if (connection->dialect() == Dialect::PostgreSQL
            && q.exec(u"SELECT sequencename, last_value FROM pg_sequences WHERE sequencename NOT LIKE 'godwit\\_%' ORDER BY 1"_s)) {
            while (q.next())
                text += u"sequence "_s + q.value(0).toString() + u' ' + q.value(1).toString() + u'\n';
        }
        return text;
    }

    /*! Scratch and shadow databases left on the server (none may be). */
    /*! The scratch databases made for this target (other tests run beside this one, on
        databases of their own: theirs carry another target mark). */
    QStringList scratchDatabases()
    {
        QSqlQuery q(connection->database());
        QStringList names;
        const QString mark = u"_"_s
                             + QString::fromLatin1(QCryptographicHash::hash(connection->spec().database.toUtf8(),
                                                                            QCryptographicHash::Sha1)
                                                       .toHex()
                                                       .left(6))
                             + u"_"_s;
        if (connection->dialect() == Dialect::PostgreSQL)
            q.exec(u"SELECT datname FROM pg_database WHERE datname LIKE 'godwit\\_scratch\\_%'"_s);
        else if (connection->dialect() == Dialect::MySQL)
            q.exec(u"SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'godwit\\_scratch\\_%'"_s);
        while (q.next()) {
            if (q.value(0).toString().contains(mark))
                names << q.value(0).toString();
        }
        return names;
    }

    DryRunRequest request(const QString &to, DryRunMethod method = DryRunMethod::Auto, bool reversible = false)
    {
        const MigrationSource source = discoverMigrations(folder, {Format::Unknown, {}, connection->dialect()});
        const QList<StatusEntry> status = test::folderStatus(source, *connection);
        QString error;
        return {makePlan(source, status, {Direction::Up, to}), appliedMigrations(status, &error), method, reversible};
    }
};


#define FIXTURE(f)                                                                                 \
    QFETCH(QString, engine);                                                                       \
    Fixture f;                                                                                     \
    GODWIT_FRESH_TARGET(target, engine, f.dir.path());                                             \
    QVERIFY(f.setUp(*target, engine))

namespace {

const StatementRun *statementAt(const DryRunReport &report, const QString &file, int line)
{
    for (const StepRun &step : report.up) {
        for (const StatementRun &s : step.statements) {
            if (s.location.file.endsWith(file) && s.location.line == line)
                return &s;
        }
    }
    return nullptr;
}

} // namespace

void TestDryRun::harmlessWhenItPasses()
{
    FIXTURE(f);
    const DryRunReport report = DryRun(*f.connection).run(f.request(u"3"_s));
    QVERIFY2(report.ok(), qPrintable(report.error + (report.up.isEmpty() ? QString() : report.up.constLast().error)));
    QCOMPARE(f.everything(), f.state);
    QCOMPARE(f.scratchDatabases(), QStringList());
    // The one trace it leaves: a line in Godwit's audit log, with the plan it passed at.
    QCOMPARE(report.plan.size(), 16);
    QSqlQuery audit(f.connection->database());
    QVERIFY(audit.exec(u"SELECT action, version, plan_id, outcome, detail FROM godwit_audit_log"
                       u" WHERE action = 'dry-run'"_s));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(1).toString(), u"003"_s);
    QCOMPARE(audit.value(2).toString(), report.plan);
    QCOMPARE(audit.value(3).toString(), u"ok"_s);
    QVERIFY2(audit.value(4).toString().contains(u"additive=3"_s), qPrintable(audit.value(4).toString()));
    QVERIFY(!audit.next());

    const QStringList changes = test::changeLines(report.diff);
    QVERIFY2(changes.contains(u"additive: add column orders.note"_s), qPrintable(changes.join(u'\n')));
    QVERIFY2(changes.contains(u"additive: add index idx_orders_status on orders"_s), qPrintable(changes.join(u'\n')));
    QVERIFY2(changes.contains(u"additive: add table notes"_s), qPrintable(changes.join(u'\n')));
    QVERIFY(report.before && report.after);
    QVERIFY(!report.before->table(u"notes"_s) && report.after->table(u"notes"_s));

    // Per statement: where it is, the rows it changed, what the server said.
    const StatementRun *update = statementAt(report, u"002_expand.up.sql"_s, 2);
    QVERIFY(update);
    QCOMPARE(update->outcome, StatementRun::Outcome::Ran);
    QCOMPARE(update->location.column, 1);
    if (f.connection->dialect() != Dialect::MySQL) // a scratch copy holds the schema, not the rows
        QCOMPARE(update->rowsAffected, 2);
    QCOMPARE(statementAt(report, u"002_expand.up.sql"_s, 3)->rowsAffected, 1);
    QVERIFY(update->durationMs > 0);
    if (f.connection->dialect() == Dialect::PostgreSQL) {
        QCOMPARE(statementAt(report, u"002_expand.up.sql"_s, 4)->messages, QStringList{u"NOTICE: orders expanded"_s});
        const StatementRun *concurrently = statementAt(report, u"003_leaky.up.sql"_s, 1);
        QCOMPARE(concurrently->outcome, StatementRun::Outcome::Rewritten);
        QVERIFY(concurrently->note.contains(u"without CONCURRENTLY"_s));
        QVERIFY(englishTexts(report.notes).join(u'\n').contains(u"orders_id_seq"_s)); // moved, and put back
    }
    if (f.connection->dialect() == Dialect::MySQL) {
        const QStringList messages = statementAt(report, u"002_expand.up.sql"_s, 4)->messages;
        QVERIFY2(messages.join(u'\n').contains(u"no_such_table"_s), qPrintable(messages.join(u'\n')));
    }
}

void TestDryRun::harmlessWhenItFails()
{
    FIXTURE(f);
    const DryRunReport report = DryRun(*f.connection).run(f.request(u"4"_s));
    QVERIFY(!report.ok());
    QVERIFY(report.error.isEmpty());
    QCOMPARE(report.up.size(), 3);
    const StepRun &broken = report.up.constLast();
    QVERIFY(!broken.ok && !broken.cancelled);
    QVERIFY2(broken.error.contains(u"004_broken.up.sql:2:1"_s), qPrintable(broken.error));
    QVERIFY2(broken.error.contains(u"missing_table"_s), qPrintable(broken.error));
    QCOMPARE(broken.statements.constLast().outcome, StatementRun::Outcome::Failed);
    // The after snapshot shows where a real run would have stopped.
    QVERIFY(report.after && report.after->table(u"notes"_s));
    QCOMPARE(f.everything(), f.state);
    QCOMPARE(f.scratchDatabases(), QStringList());
}

void TestDryRun::harmlessWhenCancelled()
{
    FIXTURE(f);
    std::atomic_bool cancel{false};
    const DryRunReport report = DryRun(*f.connection).run(f.request(u"3"_s), &cancel, [&](const QString &what) {
        if (what.startsWith(u"up 2/"_s))
            cancel.store(true);
    });
    QVERIFY(report.cancelled);
    QVERIFY(!report.ok());
    QCOMPARE(report.up.size(), 2);
    QVERIFY(report.up.constFirst().ok);
    QVERIFY(report.up.constLast().cancelled);
    QCOMPARE(f.everything(), f.state);
    QCOMPARE(f.scratchDatabases(), QStringList());
}

void TestDryRun::cancelLongStatement()
{
    FIXTURE(f);
    const QString slow = f.connection->dialect() == Dialect::PostgreSQL ? u"SELECT pg_sleep(60);"_s
                         : f.connection->dialect() == Dialect::MySQL
                             ? u"SELECT SLEEP(60);"_s
                             : u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c;"_s;
    QFile file(f.folder + u"/005_slow.up.sql"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write((u"CREATE TABLE slow_side (id INTEGER);\n"_s + slow + u"\nCREATE TABLE never (id INTEGER);\n"_s).toUtf8());
    file.close();
    QFile::remove(f.folder + u"/004_broken.up.sql"_s);
    QFile::remove(f.folder + u"/004_broken.down.sql"_s);

    DryRun dryRun(*f.connection);
    std::atomic_bool cancel{false};
    std::atomic_bool started{false};
    std::thread canceller([&] {
        for (int i = 0; i < 3000 && !started.load(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel.store(true);
        dryRun.interrupt();
    });
    QElapsedTimer timer;
    timer.start();
    const DryRunReport report = dryRun.run(f.request(u"5"_s), &cancel, [&](const QString &what) {
        if (what.contains(u"005 slow"_s))
            started.store(true);
    });
    canceller.join();
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(report.cancelled);
    QVERIFY(!report.up.constLast().ok);
    QVERIFY(!report.after || !report.after->table(u"never"_s));
    QCOMPARE(f.everything(), f.state);
    QCOMPARE(f.scratchDatabases(), QStringList());
}

void TestDryRun::everyMethod_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("method");
    for (const QString &engine : test::engines()) {
        const Dialect d = test::dialectOf(engine);
        for (DryRunMethod m : {DryRunMethod::Copy, DryRunMethod::Transaction, DryRunMethod::Shadow}) {
            if (m == DryRunMethod::Transaction && d == Dialect::MySQL)
                continue;
            QTest::newRow(qPrintable(engine + u'/' + dryRunMethodId(m))) << engine << int(m);
        }
    }
}

void TestDryRun::everyMethod()
{
    QFETCH(int, method);
    FIXTURE(f);
    // Twice: the second sees that the first left nothing behind to trip over.
    for (int round = 0; round < 2; ++round) {
        const DryRunReport report = DryRun(*f.connection).run(f.request(u"4"_s, DryRunMethod(method)));
        QCOMPARE(report.method, DryRunMethod(method));
        QVERIFY(report.error.isEmpty());
        QCOMPARE(report.up.size(), 3);
        QVERIFY(report.up.at(0).ok && report.up.at(1).ok && !report.up.at(2).ok);
        QVERIFY(test::changeLines(report.diff).contains(u"additive: add index idx_orders_status on orders"_s));
        QCOMPARE(f.everything(), f.state);
        QCOMPARE(f.scratchDatabases(), QStringList());
    }
}

void TestDryRun::reversibility()
{
    FIXTURE(f);
    const DryRunReport clean = DryRun(*f.connection).run(f.request(u"2"_s, DryRunMethod::Auto, true));
    QVERIFY2(clean.ok(), qPrintable(englishTexts(clean.residueMessages).join(u'\n') + clean.error));
    QCOMPARE(clean.down.size(), 1);
    QVERIFY(clean.residue.isEmpty());

    const DryRunReport leaky = DryRun(*f.connection).run(f.request(u"3"_s, DryRunMethod::Auto, true));
    QVERIFY(!leaky.ok());
    QVERIFY(leaky.stepsOk());
    QString expected = u"003's down leaves index idx_orders_status on orders"_s;
    if (f.connection->dialect() == Dialect::MySQL) { // no transaction takes the down and the second up back
        expected += u"\nthe round trips after 003 were not run: its up failed when run again after its down, and this "
                    "engine cannot roll DDL back to where the up left it"_s;
        // The schema the plan leaves cannot be read: the dry run says it did not get there.
        QVERIFY2(leaky.error.startsWith(u"the dry run stopped after 2 migrations of 2"_s), qPrintable(leaky.error));
        QCOMPARE(leaky.outcomeId(), u"failed"_s);
    }
    QCOMPARE(englishTexts(leaky.residueMessages).join(u'\n'), expected);
    QCOMPARE(leaky.residue.changes.size(), 1);
    QCOMPARE(leaky.residue.changes.constFirst().changeClass, SchemaChange::Class::Additive);
    QCOMPARE(f.everything(), f.state);
    QCOMPARE(f.scratchDatabases(), QStringList());
}

void TestDryRun::drift()
{
    FIXTURE(f);
    QVERIFY(test::migrate(f.folder, *f.connection, {Direction::Up, u"3"_s}).ok);
    const MigrationSource source = discoverMigrations(f.folder, {Format::Unknown, {}, f.connection->dialect()});
    QString error;
    const QList<Migration> applied = appliedMigrations(test::folderStatus(source, *f.connection), &error);
    QCOMPARE(applied.size(), 3);
    const DriftReport none = DryRun(*f.connection).drift(applied);
    QVERIFY2(none.error.isEmpty(), qPrintable(none.error));
    QVERIFY2(none.drift.isEmpty(), qPrintable(test::changeLines(none.drift).join(u'\n')));

    // Someone changes the schema by hand.
    QSqlQuery q(f.connection->database());
    QVERIFY(q.exec(u"CREATE INDEX idx_by_hand ON orders (total_cents)"_s));
    QVERIFY(q.exec(u"DROP TABLE notes"_s));
    const DriftReport drift = DryRun(*f.connection).drift(applied);
    QVERIFY2(drift.error.isEmpty(), qPrintable(drift.error));
    QCOMPARE(test::changeLines(drift.drift), QStringList({u"destructive: drop table notes"_s,
                                                     u"additive: add index idx_by_hand on orders"_s}));
    QCOMPARE(f.scratchDatabases(), QStringList());
}

QTEST_GUILESS_MAIN(TestDryRun)
#include "tst_dryrun.moc"
