#include "database/executor.h"
#include "plan/plan.h"

#include "support/scripthelpers.h"
#include "support/testtargets.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! Real runs whose migrations manage the session themselves: a COMMIT in the middle of a
    migration (PostgreSQL, SQLite) is run statement by statement and recorded as failed with
    what stayed, so that a re-run never applies it twice; a whole-script BEGIN … COMMIT that
    fails leaves nothing and no history; and a migration that switches database (USE) or
    search_path still has its history written where Godwit keeps it. */
class TestTransactionControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commitInTheMiddle_data();
    void commitInTheMiddle();
    void wholeScriptTransaction_data();
    void wholeScriptTransaction();
    void historyStaysPut_data();
    void historyStaysPut();
};

namespace {

void addRows(const QStringList &engines)
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : engines)
        QTest::newRow(qPrintable(engine)) << engine;
}

std::optional<StatusEntry> entry(const QString &folder, Connection &connection, const QString &version)
{
    const MigrationSource source = discoverMigrations(folder, {Format::Unknown, {}, connection.dialect()});
    for (const StatusEntry &e : test::folderStatus(source, connection)) {
        if (e.version() == version)
            return e;
    }
    return std::nullopt;
}

} // namespace

void TestTransactionControl::commitInTheMiddle_data()
{
    addRows({u"sqlite"_s, u"postgresql"_s});
}

void TestTransactionControl::commitInTheMiddle()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    const QString folder = dir.filePath(u"migrations"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(test::writeText(folder + u"/001_split.up.sql"_s,
          u"BEGIN;\nCREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\nCOMMIT;\n"
          u"BEGIN;\nINSERT INTO a VALUES (2);\nINSERT INTO missing_table VALUES (3);\nCOMMIT;\n"_s));
    auto connection = test::connect(*target);
    QVERIFY(connection);

    const ExecutionReport first = test::migrate(folder, *connection, {Direction::Up});
    QVERIFY(!first.ok);
    QCOMPARE(first.steps.size(), 1);
    const StepResult &step = first.steps.first();
    QCOMPARE(step.outcome, StepResult::Outcome::Failed);
    QCOMPARE(step.failedStatement, 7);
    QVERIFY2(step.message.english().contains(u"statements 1 to 4 ran and stay applied"_s), qPrintable(step.message.english()));
    QVERIFY2(step.message.english().contains(u"statements 5 to 6 were rolled back"_s), qPrintable(step.message.english()));
    QVERIFY2(!step.message.english().contains(u"the migration was rolled back"_s), qPrintable(step.message.english()));
    QCOMPARE(test::scalar(*connection, u"SELECT count(*) || '/' || sum(id) FROM a"_s), u"1/1"_s);
    const auto failed = entry(folder, *connection, u"001"_s);
    QVERIFY(failed && failed->history);
    QCOMPARE(failed->history->status, HistoryEntry::Status::Failed);
    QCOMPARE(failed->history->failedStatement, 7);

    // A re-run refuses until the migration is repaired: the first part is not applied twice.
    const ExecutionReport again = test::migrate(folder, *connection, {Direction::Up});
    QVERIFY(!again.ok);
    QVERIFY2(again.error.english().contains(u"repaired first"_s), qPrintable(again.error.english()));
    QCOMPARE(test::scalar(*connection, u"SELECT count(*) || '/' || sum(id) FROM a"_s), u"1/1"_s);
}

void TestTransactionControl::wholeScriptTransaction_data()
{
    addRows({u"sqlite"_s, u"postgresql"_s});
}

// Chosen until whole-script wrappers are handled: the migration runs statement by
// statement; its own transaction holds everything, so a failure leaves nothing, and the
// history says so (no row): a corrected script then applies normally.
void TestTransactionControl::wholeScriptTransaction()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    const QString folder = dir.filePath(u"migrations"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString script = u"BEGIN;\nCREATE TABLE b (id int);\nINSERT INTO %1 VALUES (1);\nCOMMIT;\n"_s;
    QVERIFY(test::writeText(folder + u"/001_wrapped.up.sql"_s, script.arg(u"missing_table"_s)));
    auto connection = test::connect(*target);
    QVERIFY(connection);

    const ExecutionReport first = test::migrate(folder, *connection, {Direction::Up});
    QVERIFY(!first.ok);
    QVERIFY2(first.steps.first().message.english().contains(u"the migration was rolled back"_s), qPrintable(first.steps.first().message.english()));
    QVERIFY(!connection->database().tables().contains(u"b"_s));
    const auto pending = entry(folder, *connection, u"001"_s);
    QVERIFY(pending);
    QVERIFY(!pending->history);

    QVERIFY(test::writeText(folder + u"/001_wrapped.up.sql"_s, script.arg(u"b"_s)));
    const ExecutionReport fixed = test::migrate(folder, *connection, {Direction::Up});
    QVERIFY2(fixed.ok, qPrintable(fixed.error.english() + (fixed.steps.isEmpty() ? QString() : fixed.steps.first().message.english())));
    QCOMPARE(test::scalar(*connection, u"SELECT count(*) FROM b"_s), u"1"_s);
    const auto applied = entry(folder, *connection, u"001"_s);
    QVERIFY(applied && applied->history);
    QCOMPARE(applied->history->status, HistoryEntry::Status::Applied);
}

void TestTransactionControl::historyStaysPut_data()
{
    addRows({u"postgresql"_s, u"mariadb"_s});
}

// A migration may move the session (USE, SET search_path): Godwit's own writes name their
// tables fully and still land in the history where it was.
void TestTransactionControl::historyStaysPut()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    const bool pg = engine == u"postgresql";
    std::optional<ConnectionSpec> other;
    if (!pg) {
        GODWIT_FRESH_TARGET(second, engine, dir.path());
        other = second;
    }
    const QString elsewhere = pg ? u"other"_s : other->database;
    const QString folder = dir.filePath(u"migrations"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(test::writeText(folder + u"/001_move.up.sql"_s,
          pg ? u"CREATE SCHEMA other;\nSET search_path TO other;\nCREATE TABLE moved (id int);\n"_s
             : u"USE %1;\nCREATE TABLE moved (id INT);\n"_s.arg(elsewhere)));
    QVERIFY(test::writeText(folder + u"/002_after.up.sql"_s, u"CREATE TABLE after_move (id int);\n"_s));
    auto connection = test::connect(*target);
    QVERIFY(connection);

    const ExecutionReport report = test::migrate(folder, *connection, {Direction::Up});
    QVERIFY2(report.ok, qPrintable(report.error.english() + (report.steps.isEmpty() ? QString() : report.steps.last().message.english())));
    auto witness = test::connect(*target);
    QVERIFY(witness);
    const QString home = pg ? u"public"_s : target->database;
    const QString godwitTables = pg ? u"SELECT string_agg(table_schema || '.' || table_name, ',' ORDER BY table_name)"
                                      u" FROM information_schema.tables WHERE table_name LIKE 'godwit%'"_s
                                    : u"SELECT GROUP_CONCAT(CONCAT(TABLE_SCHEMA, '.', TABLE_NAME) ORDER BY TABLE_NAME)"
                                      u" FROM information_schema.TABLES WHERE TABLE_NAME LIKE 'godwit%'"
                                      u" AND TABLE_SCHEMA IN ('%1', '%2')"_s.arg(home, elsewhere);
    QCOMPARE(test::scalar(*witness, godwitTables),
             u"%1.godwit_audit_log,%1.godwit_schema_history"_s.arg(home));
    QCOMPARE(test::scalar(*witness, u"SELECT count(*) FROM %1.godwit_schema_history WHERE status = 'applied'"_s.arg(home)), u"2"_s);
    QCOMPARE(test::scalar(*witness, u"SELECT count(*) FROM %1.moved"_s.arg(elsewhere)), u"0"_s);
}

QTEST_GUILESS_MAIN(TestTransactionControl)
#include "tst_transactioncontrol.moc"
