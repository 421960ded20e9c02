#include "database/dryrun.h"
#include "database/introspection.h"

#include "support/testtargets.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! Per-migration reversibility on SQLite, PostgreSQL and MariaDB, on tests/data/roundtrip:
    ten pending migrations whose downs forget an index, a default, a CHECK, the rows of a
    dropped table and of an updated column, fail, or are missing, between exact ones (with
    and without data). Each migration's round trip (up, down, compared with before its up,
    up again) must say what its own down misses, in the words of the golden file
    tests/data/roundtrip/<engine>.expected, whatever the dry run's method, and leave the
    target as it was. */
class TestRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void perMigration_data();
    void perMigration();
    void scopedReadMatchesWholeRead();
};

void TestRoundTrip::perMigration_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("method");
    for (const QString &engine : test::engines()) {
        for (const DryRunMethod method : {DryRunMethod::Copy, DryRunMethod::Transaction, DryRunMethod::Shadow}) {
            if (method == DryRunMethod::Transaction && test::dialectOf(engine) == Dialect::MySQL)
                continue; // MySQL commits DDL: no transaction can hold a dry run
            QTest::newRow(qPrintable(engine + u' ' + dryRunMethodId(method))) << engine << int(method);
        }
    }
}

void TestRoundTrip::perMigration()
{
    QFETCH(QString, engine);
    QFETCH(int, method);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    const QString folder = QStringLiteral(GODWIT_TEST_DATA "/roundtrip/migrations");
    auto connection = test::connect(*target);
    QVERIFY(connection);
    // Something of its own on the target, which every round trip must leave alone.
    QSqlQuery(connection->database()).exec(u"CREATE TABLE unrelated (id INTEGER PRIMARY KEY)"_s);
    const QString before = test::snapshot(*connection);

    const MigrationSource source = discoverMigrations(folder, {Format::Unknown, {}, connection->dialect()});
    const QList<StatusEntry> status = test::folderStatus(source, *connection);
    QString error;
    const DryRunRequest request{makePlan(source, status, {Direction::Up, u"10"_s}), appliedMigrations(status, &error),
                                DryRunMethod(method), true, false};
    const DryRunReport report = DryRun(*connection).run(request);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY(report.stepsOk());
    QCOMPARE(report.up.size(), 10);
    QCOMPARE(report.roundTrips.size(), 10);
    QCOMPARE(report.outcomeId(), u"not-reversible"_s);

    QStringList lines;
    for (const RoundTrip &trip : report.roundTrips) {
        lines << trip.version + (trip.reversible() ? u": reversible"_s : u":"_s);
        for (const Message &m : trip.messages)
            lines << u"  "_s + m.english();
    }
    QString actual = lines.join(u'\n') + u'\n';
    actual.replace(QRegularExpression(u"godwit_scratch_\\w+"_s), u"<scratch>"_s);
    actual.replace(folder, u"<folder>"_s);
    const auto expected = test::golden(QStringLiteral(GODWIT_TEST_DATA "/roundtrip/") + engine + u".expected"_s, actual);
    QVERIFY2(expected, "golden file missing: run tests/regenerate-golden.sh");
    QCOMPARE(actual, *expected);

    // The down and the second up of each step are recorded with it.
    for (const RoundTrip &trip : report.roundTrips) {
        QCOMPARE(trip.down.has_value(), trip.hasDown);
        if (trip.hasDown && trip.down->ok)
            QVERIFY2(trip.again && trip.again->ok, qPrintable(trip.version));
    }
    QCOMPARE(test::snapshot(*connection), before);
}

// A round trip reads again only what a step names, merged into the snapshot before: on
// SQLite that must equal reading the whole schema, whatever the statements did to what they name.
void TestRoundTrip::scopedReadMatchesWholeRead()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"sqlite"_s, dir.path());
    auto connection = test::connect(*target);
    QVERIFY(connection);
    QSqlQuery q(connection->database());
    for (const char *sql : {"CREATE TABLE a (id integer PRIMARY KEY, x text)", "CREATE INDEX idx_a_x ON a (x)",
                            "CREATE TABLE b (id integer PRIMARY KEY, a_id integer REFERENCES a (id))",
                            "CREATE TRIGGER trg_b AFTER INSERT ON b BEGIN SELECT 1; END", "CREATE VIEW v_a AS SELECT x FROM a",
                            "CREATE TABLE untouched (id integer PRIMARY KEY)"})
        QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
    double ms = 0;
    QString error;
    const auto before = timedSnapshot(*connection, ms, &error);
    QVERIFY2(before, qPrintable(error));
    // What a step names: a and b (and what it creates); the index and trigger on them go with them.
    for (const char *sql : {"ALTER TABLE a ADD COLUMN y integer DEFAULT 3", "DROP INDEX idx_a_x",
                            "CREATE UNIQUE INDEX idx_a_y ON a (y)", "DROP TABLE b", "CREATE TABLE c (id integer)",
                            "DROP VIEW v_a"})
        QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
    const QStringList named{u"A"_s, u"b"_s, u"c"_s, u"idx_a_x"_s, u"idx_a_y"_s, u"v_a"_s, u"add"_s, u"column"_s};
    const auto scoped = timedSnapshot(*connection, *before, named, ms, &error);
    const auto whole = timedSnapshot(*connection, ms, &error);
    QVERIFY2(scoped && whole, qPrintable(error));
    QCOMPARE(snapshotDdl(*scoped), snapshotDdl(*whole));
    QVERIFY(scoped->sameObjects(*whole));
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
