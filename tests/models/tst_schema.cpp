#include "database/dryrun.h"
#include "database/introspection.h"
#include "schema/schemadiff.h"

#include "support/testtargets.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! Snapshots and structural diffs against golden files, per engine, from migration folders
    that make every object kind (tests/data/schema/<dialect>); regenerate them with
    tests/regenerate-golden.sh and review the change like code. Below them, the diff on
    snapshots built by hand. */
class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenSnapshot_data() { test::addEngineRows(); }
    void goldenSnapshot();
    void goldenDiff_data() { test::addEngineRows(); }
    void goldenDiff();

    void classes();
    void renameOnlyWithAHint();
    void renameHints_data();
    void renameHints();
    void enumLabels();
    void jsonRoundTrip();
    void jsonErrors();
    void unifiedDiffOfEqualTexts();

private:
    static QString dataDir(const QString &engine);
};


QString TestSchema::dataDir(const QString &engine)
{
    return QStringLiteral(GODWIT_TEST_DATA "/schema/") + dialectName(test::dialectOf(engine));
}

void TestSchema::goldenSnapshot()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    auto connection = test::connect(*target);
    QVERIFY(connection);
    const ExecutionReport up = test::migrate(dataDir(engine) + u"/migrations"_s, *connection, {Direction::Up, u"1"_s});
    QVERIFY2(up.ok, qPrintable(up.steps.isEmpty() ? up.error.english() : up.steps.constLast().message.english()));

    const Introspection read = introspect(*connection);
    QVERIFY2(read.snapshot, qPrintable(read.error));
    // A handful of catalog queries, whatever the schema's size.
    QVERIFY2(read.queries <= 10, qPrintable(QString::number(read.queries)));
    const QString ddl = snapshotDdl(*read.snapshot);
    QVERIFY2(!ddl.contains(u"godwit_"_s), "Godwit's own tables are not part of the schema");
    const auto expected = test::golden(dataDir(engine) + u"/snapshot.sql"_s, ddl);
    QVERIFY(expected);
    QCOMPARE(ddl, *expected);

    // The same schema made in another order, constraints added later: the same text.
    QTemporaryDir otherDir;
    GODWIT_FRESH_TARGET(other, engine, otherDir.path());
    auto otherConnection = test::connect(*other);
    QVERIFY(otherConnection);
    const ExecutionReport reordered = test::migrate(dataDir(engine) + u"/reordered"_s, *otherConnection, {Direction::Up});
    QVERIFY2(reordered.ok, qPrintable(reordered.steps.isEmpty() ? reordered.error.english() : reordered.steps.constLast().message.english()));
    const Introspection again = introspect(*otherConnection);
    QVERIFY2(again.snapshot, qPrintable(again.error));
    QCOMPARE(snapshotDdl(*again.snapshot), ddl);
    QVERIFY(diffSnapshots(*read.snapshot, *again.snapshot).isEmpty());
}

void TestSchema::goldenDiff()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    auto connection = test::connect(*target);
    QVERIFY(connection);
    const QString folder = dataDir(engine) + u"/migrations"_s;
    QVERIFY(test::migrate(folder, *connection, {Direction::Up, u"1"_s}).ok);
    const QString untouched = test::snapshot(*connection);

    const MigrationSource source = discoverMigrations(folder, {Format::Unknown, {}, connection->dialect()});
    const Plan plan = makePlan(source, test::folderStatus(source, *connection), {Direction::Up});
    QCOMPARE(plan.steps.size(), 1);
    const DryRunReport report = DryRun(*connection).run({plan, {}, DryRunMethod::Auto, false});
    QVERIFY2(report.ok(), qPrintable(report.error + (report.up.isEmpty() ? QString() : report.up.constLast().error)));
    QCOMPARE(test::snapshot(*connection), untouched);

    QString text;
    for (const SchemaChange &c : report.diff.changes)
        text += changeClassId(c.changeClass) + u": "_s + c.description().english() + u'\n';
    for (const StatementRun &s : report.up.constFirst().statements) {
        if (!s.note.isEmpty())
            text += QFileInfo(s.location.file).fileName() + u':' + QString::number(s.location.line) + u": "_s + s.note + u'\n';
    }
    text += u'\n' + unifiedDiff(snapshotDdl(*report.before), snapshotDdl(*report.after), u"before"_s, u"after"_s);
    const auto expected = test::golden(dataDir(engine) + u"/diff.txt"_s, text);
    QVERIFY(expected);
    QCOMPARE(text, *expected);
    // The rename the statement made is a rename, not a drop and an add.
    QVERIFY(text.contains(u"rewriting: rename column orders.note → remark"_s));
    QVERIFY(!text.contains(u"drop column orders.note"_s));
}

namespace {

Snapshot shop()
{
    Snapshot s;
    s.dialect = Dialect::PostgreSQL;
    s.schema = u"public"_s;
    Table orders{u"orders"_s,
                 {{u"id"_s, u"integer"_s, true},
                  {u"status"_s, u"text"_s, true, u"'new'::text"_s},
                  {u"note"_s, u"text"_s, false}},
                 {{Constraint::Kind::PrimaryKey, u"orders_pkey"_s, {u"id"_s}}}};
    s.tables << orders;
    s.indexes << Index{u"idx_orders_status"_s, u"orders"_s, {u"status"_s}, false, {}, u"btree"_s, true};
    s.normalize();
    return s;
}

} // namespace

void TestSchema::classes()
{
    const Snapshot before = shop();
    Snapshot after = before;
    after.tables[0].columns[1].type = u"varchar(20)"_s;       // rewriting
    after.tables[0].columns[2].notNull = true;                 // rewriting: rows are checked
    after.tables[0].columns << Column{u"total"_s, u"integer"_s}; // additive
    after.tables << Table{u"coupons"_s, {{u"code"_s, u"text"_s, true}}, {}};
    after.indexes.clear(); // destructive
    after.normalize();
    QCOMPARE(test::changeLines(diffSnapshots(before, after)),
             QStringList({u"rewriting: change column orders.status: type text → varchar(20)"_s,
                          u"rewriting: change column orders.note: NOT NULL added"_s,
                          u"additive: add column orders.total"_s,
                          u"additive: add table coupons"_s,
                          u"destructive: drop index idx_orders_status on orders"_s}));
    // Relaxing a rule only: additive.
    QVERIFY(test::changeLines(diffSnapshots(after, before)).contains(u"additive: change column orders.note: NOT NULL dropped"_s));
    QVERIFY(diffSnapshots(before, before).isEmpty());
}

void TestSchema::renameOnlyWithAHint()
{
    const Snapshot before = shop();
    Snapshot after = before;
    after.tables[0].columns[2].name = u"remark"_s;
    after.tables[0].name = u"purchases"_s;
    after.indexes[0].table = u"purchases"_s;
    after.normalize();
    // Two snapshots alone never prove a rename.
    const QStringList guessed = test::changeLines(diffSnapshots(before, after));
    QVERIFY(guessed.contains(u"destructive: drop table orders"_s));
    QVERIFY(guessed.contains(u"additive: add table purchases"_s));

    const QList<RenameHint> hints{{RenameHint::Kind::Column, u"orders"_s, u"note"_s, u"remark"_s},
                                  {RenameHint::Kind::Table, {}, u"orders"_s, u"purchases"_s}};
    QCOMPARE(test::changeLines(diffSnapshots(before, after, hints)),
             QStringList({u"rewriting: rename table orders → purchases"_s,
                          u"rewriting: rename column purchases.note → remark"_s}));
    // A hint that does not fit what is there is no certainty.
    const QList<RenameHint> wrong{{RenameHint::Kind::Column, u"orders"_s, u"status"_s, u"remark"_s}};
    QVERIFY(test::changeLines(diffSnapshots(before, after, wrong)).contains(u"destructive: drop table orders"_s));
}

void TestSchema::renameHints_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("hints");
    QTest::newRow("sqlite column") << u"sqlite"_s << u"ALTER TABLE \"orders\" RENAME COLUMN note TO remark"_s
                                   << QStringList{u"column orders note remark"_s};
    QTest::newRow("sqlite column without COLUMN") << u"sqlite"_s << u"alter table orders rename note to [re mark]"_s
                                                  << QStringList{u"column orders note re mark"_s};
    QTest::newRow("sqlite table") << u"sqlite"_s << u"ALTER TABLE main.orders RENAME TO purchases"_s
                                  << QStringList{u"table  orders purchases"_s};
    QTest::newRow("sqlite add column") << u"sqlite"_s << u"ALTER TABLE orders ADD COLUMN renamed TEXT"_s << QStringList{};
    QTest::newRow("mysql clauses") << u"mysql"_s
                                   << u"ALTER TABLE `orders` ADD COLUMN x INT, RENAME COLUMN `note` TO `remark`, "
                                      u"RENAME INDEX idx_a TO idx_b"_s
                                   << QStringList{u"column orders note remark"_s, u"index orders idx_a idx_b"_s};
    QTest::newRow("mysql change") << u"mysql"_s << u"ALTER TABLE orders CHANGE COLUMN qty quantity INT NOT NULL"_s
                                  << QStringList{u"column orders qty quantity"_s};
    QTest::newRow("mysql change, same name") << u"mysql"_s << u"ALTER TABLE orders CHANGE qty qty BIGINT"_s
                                             << QStringList{};
    QTest::newRow("mysql rename table") << u"mysql"_s << u"RENAME TABLE a TO b, shop.c TO d"_s
                                        << QStringList{u"table  a b"_s, u"table  c d"_s};
    QTest::newRow("postgres column") << u"postgresql"_s << u"ALTER TABLE public.orders RENAME COLUMN note TO remark"_s
                                     << QStringList{u"column orders note remark"_s};
    QTest::newRow("postgres index") << u"postgresql"_s << u"ALTER INDEX idx_a RENAME TO idx_b"_s
                                    << QStringList{u"index  idx_a idx_b"_s};
    QTest::newRow("postgres type") << u"postgresql"_s << u"ALTER TYPE public.mood RENAME TO feeling"_s
                                   << QStringList{u"type  mood feeling"_s};
    QTest::newRow("postgres constraint") << u"postgresql"_s << u"ALTER TABLE t RENAME CONSTRAINT c1 TO c2"_s
                                         << QStringList{u"constraint t c1 c2"_s};
    QTest::newRow("postgres string") << u"postgresql"_s << u"SELECT 'ALTER TABLE t RENAME a TO b'"_s << QStringList{};
}

void TestSchema::renameHints()
{
    QFETCH(QString, dialect);
    QFETCH(QString, sql);
    QFETCH(QStringList, hints);
    static const QStringList kinds{u"table"_s, u"column"_s, u"index"_s, u"view"_s, u"sequence"_s,
                                   u"type"_s,  u"constraint"_s, u"trigger"_s};
    QStringList actual;
    for (const RenameHint &h : godwit::renameHints(*dialectFromName(dialect), sql))
        actual << kinds.at(int(h.kind)) + u' ' + h.table + u' ' + h.from + u' ' + h.to;
    QCOMPARE(actual, hints);
}

void TestSchema::enumLabels()
{
    Snapshot before;
    before.dialect = Dialect::PostgreSQL;
    before.enums << EnumType{u"mood"_s, {u"sad"_s, u"ok"_s}};
    Snapshot appended = before;
    appended.enums[0].labels << u"happy"_s;
    Snapshot removed = before;
    removed.enums[0].labels.removeFirst();
    Snapshot reordered = before;
    reordered.enums[0].labels = {u"ok"_s, u"sad"_s};
    QCOMPARE(test::changeLines(diffSnapshots(before, appended)),
             QStringList{u"additive: change enum mood: label 'happy' added"_s});
    QCOMPARE(test::changeLines(diffSnapshots(before, removed)),
             QStringList{u"destructive: change enum mood: label 'sad' removed"_s});
    QCOMPARE(test::changeLines(diffSnapshots(before, reordered)),
             QStringList{u"rewriting: change enum mood: labels reordered"_s});
}

void TestSchema::jsonRoundTrip()
{
    Snapshot s = shop();
    s.views << View{u"v"_s, u"SELECT 1"_s, true};
    s.sequences << Sequence{u"seq"_s, u"bigint"_s, u"1"_s, u"1"_s, u"1"_s, u"100"_s, true, u"orders.id"_s};
    s.enums << EnumType{u"mood"_s, {u"sad"_s}};
    s.triggers << Trigger{u"t"_s, u"orders"_s, u"BEFORE INSERT ON orders EXECUTE FUNCTION f()"_s};
    s.routines << Routine{u"f"_s, u"FUNCTION"_s, u"a integer"_s, u"trigger"_s, u"plpgsql"_s, u"md5:00"_s};
    s.tables[0].constraints << Constraint{Constraint::Kind::ForeignKey, u"fk"_s,          {u"id"_s}, {},
                                          u"other"_s,                   {u"id"_s},         u"CASCADE"_s, u"SET NULL"_s};
    s.normalize();
    QString error;
    const auto back = Snapshot::fromJson(s.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->sameObjects(s));
    QCOMPARE(snapshotDdl(*back), snapshotDdl(s));
}

void TestSchema::jsonErrors()
{
    QString error;
    QVERIFY(!Snapshot::fromJson(QJsonObject{{u"tables"_s, QJsonArray()}}, &error));
    QVERIFY2(error.contains(u"not a Godwit snapshot"_s), qPrintable(error));
    QVERIFY(!Snapshot::fromJson(QJsonObject{{u"godwitSnapshot"_s, 1}, {u"dialect"_s, u"oracle"_s}}, &error));
    QVERIFY2(error.contains(u"oracle"_s), qPrintable(error));
}

void TestSchema::unifiedDiffOfEqualTexts()
{
    QVERIFY(unifiedDiff(u"a\nb\n"_s, u"a\nb\n"_s, u"x"_s, u"y"_s).isEmpty());
    QCOMPARE(unifiedDiff(u"a\nb\nc\n"_s, u"a\nB\nc\n"_s, u"x"_s, u"y"_s),
             u"--- x\n+++ y\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"_s);
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
