#include "database/executor.h"
#include "plan/status.h"

#include "support/testtargets.h"

#include <QDir>
#include <QFile>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <functional>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! The SQLite executor on real database files: round trips, failures that leave schema and
    history exactly as they were, no-transaction bookkeeping, refusals. */
class TestExecutor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTrip();
    void failureLeavesEverythingAsBefore();
    void splitErrorRunsNothing();
    void firstMigrationFailingIsAudited();
    void noTransactionFailureIsRecorded();
    void cancelRollsBackTheMigration();
    void cancelBeforeTheFirstStep();
    void vacuumRunsOutsideATransaction();
    void downRefusesWithoutDownScripts();
    void outOfOrderIsRefusedUnlessAllowed();
    void modifiedAndMissing();
    void handEditedHistoryRow();
    void repeatableRunsAgainWhenChanged();

private:
    void writeFile(const QString &name, const QByteArray &text);
    MigrationSource source() const { return discoverMigrations(m_dir->path(), {Format::Unknown, {}, Dialect::SQLite}); }
    std::unique_ptr<Connection> connect();
    QList<StatusEntry> status(const MigrationSource &source);
    ExecutionReport run(const PlanRequest &request, const std::atomic_bool *cancel = nullptr,
                        const std::function<void(Connection &)> &beforeRun = {});
    QString snapshot(); ///< test::snapshot of the target: schema, rows, history; no audit log

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestExecutor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"target.sqlite"_s);
    writeFile(u"001_create_accounts.up.sql"_s,
              "CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE);\n"
              "INSERT INTO accounts (email) VALUES ('a@example.org');\n");
    writeFile(u"001_create_accounts.down.sql"_s, "DROP TABLE accounts;\n");
    writeFile(u"002_add_audit.up.sql"_s,
              "CREATE TABLE audit (id INTEGER PRIMARY KEY, what TEXT);\n"
              "CREATE TRIGGER trg_accounts_audit AFTER INSERT ON accounts\nBEGIN\n"
              "  INSERT INTO audit (what) VALUES ('insert; ' || NEW.email);\nEND;\n");
    writeFile(u"002_add_audit.down.sql"_s, "DROP TRIGGER trg_accounts_audit;\nDROP TABLE audit;\n");
}

void TestExecutor::cleanup()
{
    m_dir.reset();
}

void TestExecutor::writeFile(const QString &name, const QByteArray &text)
{
    QFile file(m_dir->filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

std::unique_ptr<Connection> TestExecutor::connect()
{
    ConnectionSpec spec;
    spec.path = m_db;
    return test::connect(spec);
}

QList<StatusEntry> TestExecutor::status(const MigrationSource &source)
{
    auto connection = connect();
    const auto history = GodwitHistoryStore(*connection).readAll();
    return computeStatus(source, history.value_or(QList<HistoryEntry>{}));
}

ExecutionReport TestExecutor::run(const PlanRequest &request, const std::atomic_bool *cancel,
                                  const std::function<void(Connection &)> &beforeRun)
{
    const MigrationSource src = source();
    const Plan plan = makePlan(src, status(src), request);
    if (!plan.ok()) {
        ExecutionReport report;
        report.ok = false;
        report.planId = plan.error.english();
        return report;
    }
    auto connection = connect();
    if (beforeRun)
        beforeRun(*connection);
    return Executor(*connection, src.folder).run(plan, {}, cancel);
}

QString TestExecutor::snapshot()
{
    auto connection = connect();
    return test::snapshot(*connection);
}

void TestExecutor::roundTrip()
{
    const ExecutionReport up = run({Direction::Up});
    QVERIFY(up.ok);
    QCOMPARE(up.steps.size(), 2);
    QList<StatusEntry> s = status(source());
    QCOMPARE(s.size(), 2);
    QCOMPARE(s.at(0).state, MigrationState::Applied);
    QCOMPARE(s.at(1).state, MigrationState::Applied);
    QCOMPARE(s.at(1).history->statementCount, 2);
    QVERIFY(snapshot().contains(u"trigger | trg_accounts_audit"_s));

    // The trigger body kept its inner statement: an insert is audited.
    {
        auto connection = connect();
        QSqlQuery q(connection->database());
        QVERIFY(q.exec(u"INSERT INTO accounts (email) VALUES ('b@example.org')"_s));
        QVERIFY(q.exec(u"SELECT what FROM audit"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"insert; b@example.org"_s);
        QVERIFY(q.exec(u"SELECT count(*), min(action), min(outcome) FROM godwit_audit_log"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(1).toString(), u"up"_s);
        QCOMPARE(q.value(2).toString(), u"ok"_s);
        // Append-only means it.
        QVERIFY(!q.exec(u"DELETE FROM godwit_audit_log"_s));
    }

    const ExecutionReport down = run({Direction::Down, u"0"_s});
    QVERIFY(down.ok);
    QCOMPARE(down.steps.size(), 2);
    QCOMPARE(down.steps.at(0).step.migration.version.text(), u"002"_s);
    s = status(source());
    QCOMPARE(s.at(0).state, MigrationState::Pending);
    QCOMPARE(s.at(1).state, MigrationState::Pending);
    QVERIFY(!snapshot().contains(u"accounts"_s));
    QVERIFY(run({Direction::Up}).ok);
}

void TestExecutor::failureLeavesEverythingAsBefore()
{
    QVERIFY(run({Direction::Up, u"001"_s}).ok);
    writeFile(u"003_broken.up.sql"_s,
              "CREATE TABLE notes (id INTEGER PRIMARY KEY);\n"
              "INSERT INTO notes VALUES (1);\n"
              "  INSERT INTO no_such_table VALUES (1);\n");
    writeFile(u"003_broken.down.sql"_s, "DROP TABLE notes;\n");
    const QString before = snapshot();
    const ExecutionReport report = run({Direction::Up});
    QVERIFY(!report.ok);
    QCOMPARE(report.steps.size(), 2); // 002 applied, 003 failed
    const StepResult &failed = report.steps.constLast();
    QCOMPARE(failed.outcome, StepResult::Outcome::Failed);
    QCOMPARE(failed.failedStatement, 3);
    QCOMPARE(failed.location.line, 3);
    QCOMPARE(failed.location.column, 3);
    QVERIFY2(failed.message.english().contains(u"003_broken.up.sql:3:3"_s), qPrintable(failed.message.english()));
    QVERIFY2(failed.message.english().contains(u"no such table"_s), qPrintable(failed.message.english()));
    QVERIFY(failed.message.english().contains(u"statement 3 of 3"_s));

    // 002 stays applied; 003 left nothing behind.
    QVERIFY(run({Direction::Down, {}, 1}).ok);
    QCOMPARE(snapshot(), before);
    const QList<StatusEntry> s = status(source());
    QCOMPARE(s.constLast().state, MigrationState::Pending);
}

void TestExecutor::splitErrorRunsNothing()
{
    writeFile(u"003_unterminated.up.sql"_s, "CREATE TABLE fine (id INTEGER);\nINSERT INTO fine VALUES ('oops);\n");
    writeFile(u"003_unterminated.down.sql"_s, "DROP TABLE fine;\n");
    const QString before = snapshot();
    const ExecutionReport report = run({Direction::Up});
    QVERIFY(!report.ok);
    // Every script of the plan is split before the first statement runs: the earlier
    // migrations are not applied around it (issue #14, defect 9).
    QVERIFY(report.steps.isEmpty());
    QVERIFY2(report.error.english().contains(u"003_unterminated.up.sql:2:26: unterminated string literal"_s), qPrintable(report.error.english()));
    QVERIFY(report.error.english().contains(u"nothing was run"_s));
    QCOMPARE(snapshot(), before);
}

// On a new database the history tables must survive the rollback of a failing first
// migration, and so must the audit of that failure.
void TestExecutor::firstMigrationFailingIsAudited()
{
    writeFile(u"001_create_accounts.up.sql"_s, "CREATE TABLE accounts (id INTEGER);\nINSERT INTO nowhere VALUES (1);\n");
    const ExecutionReport report = run({Direction::Up});
    QVERIFY(!report.ok);
    auto connection = connect();
    QSqlQuery q(connection->database());
    QVERIFY(q.exec(u"SELECT action, version, outcome, detail FROM godwit_audit_log"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"up"_s);
    QCOMPARE(q.value(1).toString(), u"001"_s);
    QCOMPARE(q.value(2).toString(), u"failed"_s);
    QVERIFY(q.value(3).toString().contains(u"no such table: nowhere"_s));
    QVERIFY(!q.next());
    QVERIFY(q.exec(u"SELECT count(*) FROM godwit_schema_history"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(!snapshot().contains(u"accounts"_s));
}

void TestExecutor::noTransactionFailureIsRecorded()
{
    writeFile(u"003_batch.up.sql"_s,
              "-- godwit:no-transaction\nCREATE TABLE batch (id INTEGER);\nINSERT INTO batch VALUES (1);\nSELECT nonsense(;\n");
    writeFile(u"003_batch.down.sql"_s, "DROP TABLE batch;\n");
    const ExecutionReport report = run({Direction::Up});
    QVERIFY(!report.ok);
    QCOMPARE(report.steps.constLast().failedStatement, 3);
    QVERIFY(report.steps.constLast().message.english().contains(u"statements 1 to 2 ran and stay applied"_s));
    QVERIFY(snapshot().contains(u"batch: 1"_s)); // what ran, stays

    const MigrationSource src = source();
    const QList<StatusEntry> s = status(src);
    QCOMPARE(s.constLast().state, MigrationState::Failed);
    QCOMPARE(s.constLast().history->failedStatement, 3);
    QCOMPARE(s.constLast().history->statementCount, 3);
    QVERIFY(s.constLast().history->error.contains(u"003_batch.up.sql:4:1"_s));
    const Plan plan = makePlan(src, s, {Direction::Up});
    QVERIFY(plan.error.english().contains(u"repaired first"_s));
}

// A statement of the migration itself presses "cancel" (through an SQL function on the
// run's connection): the statements after it do not run, and the migration rolls back.
void TestExecutor::cancelRollsBackTheMigration()
{
    std::atomic_bool cancel{false};
    writeFile(u"003_long.up.sql"_s,
              "CREATE TABLE long_job (n INTEGER);\nINSERT INTO long_job VALUES (1);\nSELECT press_cancel();\n"
              "INSERT INTO long_job VALUES (2);\n");
    writeFile(u"003_long.down.sql"_s, "DROP TABLE long_job;\n");
    QVERIFY(run({Direction::Up, u"002"_s}).ok);
    const QString before = snapshot();
    const ExecutionReport report = run({Direction::Up}, &cancel, [&](Connection &connection) {
        auto *db = *static_cast<sqlite3 *const *>(connection.database().driver()->handle().constData());
        sqlite3_create_function(
            db, "press_cancel", 0, SQLITE_UTF8, &cancel,
            [](sqlite3_context *context, int, sqlite3_value **) {
                static_cast<std::atomic_bool *>(sqlite3_user_data(context))->store(true);
                sqlite3_result_null(context);
            },
            nullptr, nullptr);
    });
    QVERIFY(!report.ok);
    QCOMPARE(report.steps.constLast().outcome, StepResult::Outcome::Cancelled);
    QVERIFY(report.steps.constLast().message.english().contains(u"before statement 4 of 4; rolled back"_s));
    QCOMPARE(snapshot(), before);
    QCOMPARE(status(source()).constLast().state, MigrationState::Pending);
}

void TestExecutor::cancelBeforeTheFirstStep()
{
    QVERIFY(run({Direction::Up, u"001"_s}).ok);
    const std::atomic_bool cancel{true};
    const QString before = snapshot();
    const ExecutionReport report = run({Direction::Up}, &cancel);
    QVERIFY(!report.ok);
    QCOMPARE(report.steps.constFirst().outcome, StepResult::Outcome::Cancelled);
    QCOMPARE(snapshot(), before);
}

void TestExecutor::vacuumRunsOutsideATransaction()
{
    writeFile(u"003_compact.up.sql"_s, "DELETE FROM accounts WHERE email LIKE '%@old.example';\nVACUUM;\n");
    writeFile(u"003_compact.down.sql"_s, "SELECT 1;\n");
    const ExecutionReport report = run({Direction::Up});
    QVERIFY2(report.ok, qPrintable(report.steps.constLast().message.english()));
    QCOMPARE(status(source()).constLast().state, MigrationState::Applied);
}

void TestExecutor::downRefusesWithoutDownScripts()
{
    QVERIFY(QFile::remove(m_dir->filePath(u"001_create_accounts.down.sql"_s)));
    QVERIFY(QFile::remove(m_dir->filePath(u"002_add_audit.down.sql"_s)));
    QVERIFY(run({Direction::Up}).ok);
    const MigrationSource src = source();
    const Plan plan = makePlan(src, status(src), {Direction::Down, u"0"_s});
    QVERIFY(!plan.ok());
    QVERIFY(plan.steps.isEmpty());
    QVERIFY(plan.error.english().contains(u"001 create accounts"_s));
    QVERIFY(plan.error.english().contains(u"002 add audit"_s));
}

void TestExecutor::outOfOrderIsRefusedUnlessAllowed()
{
    QVERIFY(QFile::rename(m_dir->filePath(u"001_create_accounts.up.sql"_s), m_dir->filePath(u"aside.txt"_s)));
    writeFile(u"002_add_audit.up.sql"_s, "CREATE TABLE audit (id INTEGER PRIMARY KEY, what TEXT);\n");
    QVERIFY(run({Direction::Up}).ok);
    QVERIFY(QFile::rename(m_dir->filePath(u"aside.txt"_s), m_dir->filePath(u"001_create_accounts.up.sql"_s)));

    const MigrationSource src = source();
    const QList<StatusEntry> s = status(src);
    QCOMPARE(s.constFirst().state, MigrationState::OutOfOrder);
    const Plan refused = makePlan(src, s, {Direction::Up});
    QCOMPARE(refused.code, PlanError::OutOfOrder);
    QCOMPARE(planErrorId(refused.code), u"out-of-order"_s);
    QCOMPARE(refused.remedy.remedy, Remedy::AllowOutOfOrder); // each face says it: the engine names no flag
    QVERIFY(!refused.error.english().contains(u"--"_s));
    QVERIFY(refused.error.english().contains(u"001 create accounts"_s));
    PlanRequest allowed{Direction::Up};
    allowed.allowOutOfOrder = true;
    QVERIFY(run(allowed).ok);
    QCOMPARE(status(source()).constFirst().state, MigrationState::Applied);
}

void TestExecutor::modifiedAndMissing()
{
    QVERIFY(run({Direction::Up}).ok);
    writeFile(u"001_create_accounts.up.sql"_s, "CREATE TABLE accounts (id INTEGER PRIMARY KEY);\n");
    QVERIFY(QFile::remove(m_dir->filePath(u"002_add_audit.up.sql"_s)));
    QVERIFY(QFile::remove(m_dir->filePath(u"002_add_audit.down.sql"_s)));
    const QList<StatusEntry> s = status(source());
    QCOMPARE(s.size(), 2);
    QCOMPARE(s.at(0).state, MigrationState::Modified);
    QCOMPARE(s.at(1).state, MigrationState::Missing);
    QCOMPARE(s.at(1).version(), u"002"_s);
}

// Someone typed into the history table: a row whose key is no version is shown as missing
// and never taken for a step.
void TestExecutor::handEditedHistoryRow()
{
    QVERIFY(run({Direction::Up}).ok);
    {
        auto connection = connect();
        QSqlQuery q(connection->database());
        QVERIFY(q.exec(u"INSERT INTO godwit_schema_history VALUES ('versioned', 'hotfix-a', 'hotfix-a', 'manual fix', "
                       "'none.sql', 'x', 'dba', '2026-01-01T00:00:00.000Z', 0, 'applied', 1, NULL, NULL, NULL)"_s));
    }
    const MigrationSource src = source();
    const QList<StatusEntry> s = status(src);
    QCOMPARE(s.size(), 3);
    QCOMPARE(s.constLast().state, MigrationState::Missing);
    QCOMPARE(s.constLast().version(), u"hotfix-a"_s);
    const Plan down = makePlan(src, s, {Direction::Down, u"1"_s});
    QVERIFY2(down.ok(), qPrintable(down.error.english()));
    QCOMPARE(down.steps.size(), 1);
    QCOMPARE(down.steps.constFirst().migration.version.text(), u"002"_s);
}

void TestExecutor::repeatableRunsAgainWhenChanged()
{
    for (const QString &f : QDir(m_dir->path()).entryList({u"*.sql"_s}))
        QFile::remove(m_dir->filePath(f));
    writeFile(u"V1__Create.sql"_s, "CREATE TABLE t (a INTEGER);\n");
    writeFile(u"R__View.sql"_s, "DROP VIEW IF EXISTS v;\nCREATE VIEW v AS SELECT a FROM t;\n");
    QVERIFY(run({Direction::Up}).ok);
    QCOMPARE(status(source()).constLast().state, MigrationState::Applied);
    writeFile(u"R__View.sql"_s, "DROP VIEW IF EXISTS v;\nCREATE VIEW v AS SELECT a, a * 2 AS b FROM t;\n");
    QCOMPARE(status(source()).constLast().state, MigrationState::Pending);
    const ExecutionReport again = run({Direction::Up});
    QVERIFY(again.ok);
    QCOMPARE(again.steps.size(), 1);
    QVERIFY(snapshot().contains(u"a * 2 AS b"_s));
}

QTEST_GUILESS_MAIN(TestExecutor)
#include "tst_executor.moc"
