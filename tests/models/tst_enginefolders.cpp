#include "plan/status.h"

#include "support/engineruns.h"
#include "support/testtargets.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;
using godwit::test::cli;
using godwit::test::writeMigration;

/*! Folders as teams write them, run on each engine (real servers from ctest's "servers"
    fixture): scripts that wrap themselves in BEGIN … COMMIT (issue #16). */
class TestEngineFolders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selfWrappedFailureLeavesNothing_data() { test::addEngineRows(); }
    void selfWrappedFailureLeavesNothing();
    void selfWrappedSuccessRecordsInItsTransaction_data() { test::addEngineRows(); }
    void selfWrappedSuccessRecordsInItsTransaction();
};

namespace {

int count(Connection &connection, const QString &sql)
{
    QSqlQuery q(connection.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// The history row of key, as status reads it: none when the migration is pending.
std::optional<HistoryEntry> historyOf(const QString &folder, Connection &connection, const QString &key)
{
    const MigrationSource source = discoverMigrations(folder, {Format::Unknown, {}, connection.dialect()});
    for (const StatusEntry &e : test::folderStatus(source, connection)) {
        if (e.key() == key)
            return e.history;
    }
    return std::nullopt;
}

// A folder in dir: 001 makes the ledger, 002 is entries.
QString ledgerFolder(const QTemporaryDir &dir, const QByteArray &entries)
{
    const QString folder = dir.filePath(u"migrations"_s);
    QDir().mkpath(folder);
    writeMigration(folder, u"001_ledger.up.sql"_s, "CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount INTEGER NOT NULL);\n");
    writeMigration(folder, u"002_entries.up.sql"_s, entries);
    return folder;
}

} // namespace

// BEGIN; rows; a statement that fails; COMMIT: nothing of the script stays and no history row
// is written, on every engine (MariaDB included: rows only, so one transaction holds them).
void TestEngineFolders::selfWrappedFailureLeavesNothing()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    const QString folder = ledgerFolder(dir, "BEGIN;\nINSERT INTO ledger VALUES (1, 10);\nINSERT INTO ledger VALUES (2, 20);\n"
                                             "INSERT INTO ledger VALUES (1, 30);\nCOMMIT;\n");
    const auto run = cli({u"up"_s, u"--project"_s, folder, u"--url"_s, target->display()});
    QCOMPARE(run.exit, 1);
    QVERIFY2(run.output.contains(u"statement 3 of 3"_s), qPrintable(run.output));
    auto connection = test::connect(*target);
    QCOMPARE(count(*connection, u"SELECT COUNT(*) FROM ledger"_s), 0);
    QVERIFY(historyOf(folder, *connection, u"1"_s).has_value());
    QVERIFY2(!historyOf(folder, *connection, u"2"_s).has_value(), "no history row for the failed self-wrapped script");
}

// A self-wrapped script that succeeds: its statements and the history row commit together,
// the run says so, and the server has nothing to warn about (no COMMIT outside a transaction).
void TestEngineFolders::selfWrappedSuccessRecordsInItsTransaction()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    const QString folder = ledgerFolder(dir, "-- the seed notes' template\nBEGIN;\nINSERT INTO ledger VALUES (1, 10);\n"
                                             "INSERT INTO ledger VALUES (2, 20);\nCOMMIT;\n");
    const auto plan = cli({u"plan"_s, u"--project"_s, folder, u"--url"_s, target->display()});
    QVERIFY2(plan.output.contains(u"002 entries wraps itself in BEGIN … COMMIT"_s), qPrintable(plan.output));
    const auto run = cli({u"up"_s, u"--project"_s, folder, u"--url"_s, target->display()});
    QVERIFY2(run.exit == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(u"its own BEGIN … COMMIT was taken as the migration's transaction"_s), qPrintable(run.output));
    QVERIFY2(!run.output.contains(u"no transaction in progress"_s, Qt::CaseInsensitive)
                 && !run.output.contains(u"WARNING"_s),
             qPrintable(run.output));
    auto connection = test::connect(*target);
    QCOMPARE(count(*connection, u"SELECT COUNT(*) FROM ledger"_s), 2);
    const auto history = historyOf(folder, *connection, u"2"_s);
    QVERIFY(history.has_value());
    QCOMPARE(history->status, HistoryEntry::Status::Applied);
    QCOMPARE(history->statementCount, 2);
}

QTEST_GUILESS_MAIN(TestEngineFolders)
#include "tst_enginefolders.moc"
