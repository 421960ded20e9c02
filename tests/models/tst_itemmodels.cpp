#include "demo/demoproject.h"
#include "items/migrationtreemodel.h"
#include "items/schemadiffmodel.h"
#include "items/statementresultsmodel.h"

#include "support/testtargets.h"

#include "items/problemsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! The item models the window shows, on the demo project's real status, each under
    QAbstractItemModelTester (which fails the test on any broken model invariant). */
class TestItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrationTree();
    void schemaDiff();
    void statementResults();
    void problems();
};

void TestItemModels::migrationTree()
{
    QTemporaryDir dir;
    const DemoSetup demo = ensureDemoProject(dir.path());
    QVERIFY2(demo.error.isEmpty(), qPrintable(demo.error));
    ConnectionSpec spec;
    spec.path = demo.projectDir + u"/shop.sqlite"_s;
    auto connection = test::connect(spec);
    QVERIFY(connection);
    const MigrationSource source =
        discoverMigrations(demo.projectDir + u"/migrations"_s, {Format::Unknown, {}, Dialect::SQLite});
    QList<StatusEntry> status = test::folderStatus(source, *connection);

    MigrationTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setStatus(status);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.count(MigrationTreeModel::Applied), 7);
    QCOMPARE(model.count(MigrationTreeModel::Pending), 3);
    QCOMPARE(model.count(MigrationTreeModel::Problems), 0);
    QCOMPARE(model.index(0, 0).data().toString(), u"Applied (7)"_s);
    const QModelIndex pending = model.index(0, MigrationTreeModel::Description, model.index(1, 0));
    QCOMPARE(pending.data().toString(), u"expand customer full name"_s);
    QCOMPARE(pending.siblingAtColumn(MigrationTreeModel::Status).data().toString(), u"pending"_s);
    QVERIFY(pending.data(MigrationTreeModel::UpPathRole).toString().endsWith(u".up.sql"_s));
    QCOMPARE(model.parent(pending), model.index(1, 0));

    // A failed migration lands among the problems and says where it stopped.
    StatusEntry &failed = status[8];
    failed.state = MigrationState::Failed;
    HistoryEntry history;
    history.key = failed.key();
    history.status = HistoryEntry::Status::Failed;
    history.failedStatement = 2;
    history.statementCount = 3;
    history.error = u"no such column: full_name"_s;
    failed.history = history;
    model.setStatus(status);
    QCOMPARE(model.count(MigrationTreeModel::Pending), 2);
    QCOMPARE(model.count(MigrationTreeModel::Problems), 1);
    const QModelIndex problem = model.indexOfKey(failed.key());
    QCOMPARE(problem.parent(), model.index(MigrationTreeModel::Problems, 0));
    QCOMPARE(problem.siblingAtColumn(MigrationTreeModel::Status).data().toString(),
             u"failed — stopped at statement 2 of 3"_s);
    QVERIFY(problem.data(Qt::ToolTipRole).toString().contains(u"no such column"_s));
    QCOMPARE(problem.data(MigrationTreeModel::FailedStatementRole).toInt(), 2);
}

void TestItemModels::schemaDiff()
{
    SchemaDiff diff;
    diff.changes << SchemaChange{SchemaChange::Class::Additive, SchemaChange::Action::Add, u"column"_s, u"orders"_s,
                                 u"note"_s, {}, {}, u"note text"_s, {}}
                 << SchemaChange{SchemaChange::Class::Destructive, SchemaChange::Action::Drop, u"table"_s, u"old"_s,
                                 u"old"_s, {}, u"CREATE TABLE old ();"_s, {}, {}};
    SchemaDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDiff(diff);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), u"destructive (1)"_s);
    QCOMPARE(model.index(0, 0, model.index(0, 0)).data().toString(), u"drop table old"_s);
    QCOMPARE(model.rowCount(model.index(1, 0)), 0);
    QCOMPARE(model.index(0, 0, model.index(2, 0)).data().toString(), u"add column orders.note"_s);
    QVERIFY(model.index(0, 0, model.index(0, 0)).data(Qt::ToolTipRole).toString().contains(u"CREATE TABLE old"_s));
    model.setDiff({});
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void TestItemModels::statementResults()
{
    StepRun step;
    step.step.migration.version = *Version::parse(u"7"_s);
    step.step.migration.description = u"add index"_s;
    StatementRun s;
    s.index = 1;
    s.location = {u"/x/007_add_index.up.sql"_s, 3, 1};
    s.sql = u"CREATE INDEX i ON t (c)\nWHERE c > 0"_s;
    s.rowsAffected = 0;
    s.durationMs = 1.5;
    s.note = u"ran without CONCURRENTLY"_s;
    step.statements << s;
    StepRun broken;
    broken.step.direction = Direction::Down;
    broken.ok = false;
    broken.error = u"7 has no down script"_s;
    StatementResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSteps({step, broken});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, StatementResultsModel::Location).data().toString(), u"007_add_index.up.sql:3:1"_s);
    QCOMPARE(model.index(0, StatementResultsModel::Sql).data().toString(), u"CREATE INDEX i ON t (c)"_s);
    QCOMPARE(model.index(0, StatementResultsModel::Rows).data().toInt(), 0);
    QCOMPARE(model.index(1, StatementResultsModel::Outcome).data().toString(), u"failed"_s);
    QCOMPARE(model.index(1, StatementResultsModel::Messages).data().toString(), u"7 has no down script"_s);
}

void TestItemModels::problems()
{
    ProblemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Finding info{u"char-n"_s, Severity::Info, {u"/p/a.sql"_s, 3, 1}, u"c is char(n)"_s, {}, {}, {}, false, {}, {}, {}, {}, {}};
    Finding error{u"drop-table"_s, Severity::Error, {u"/p/b.sql"_s, 7, 1}, u"drops t"_s, {}, {}, {}, false, {}, {}, {}, {}, {}};
    Finding quiet = error;
    quiet.suppressed = true;
    quiet.suppression = u"reviewed"_s;
    model.setFindings({info, quiet, error});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, ProblemsModel::Rule).data().toString(), u"drop-table"_s); // errors first
    QCOMPARE(model.index(0, ProblemsModel::Location).data().toString(), u"b.sql:7:1"_s);
    QCOMPARE(model.index(1, ProblemsModel::Rule).data().toString(), u"char-n"_s);
    QCOMPARE(model.index(2, ProblemsModel::Severity).data().toString(), u"error (suppressed)"_s); // suppressed last
    QVERIFY(model.index(2, 0).data(Qt::ToolTipRole).toString().contains(u"Suppressed: reviewed"_s));
    QCOMPARE(model.index(0, 0).data(ProblemsModel::LineRole).toInt(), 7);
    model.setFindings({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
