#include "database/auditchain.h"
#include "database/historystore.h"

#include "support/testtargets.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! godwit_audit_log is append-only on every engine: the engine itself refuses UPDATE and
    DELETE (and TRUNCATE on PostgreSQL). Someone who drops the triggers first is caught by the
    hash chain: `godwit-cli verify --audit` exits 1 naming the first row that does not follow. */
class TestAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsRefused_data() { test::addEngineRows(); }
    void editsRefused();
    void tamperingFound_data();
    void tamperingFound();
    void oldLogUpgraded_data() { test::addEngineRows(); }
    void oldLogUpgraded();
    void hashIsStable();
    void refusedWritesSaid();
};

namespace {

struct CliRun
{
    int exit = -1;
    QString output;
};

CliRun verifyAudit(const ConnectionSpec &target)
{
    QProcess p;
    p.start(QStringLiteral(GODWIT_CLI), {u"verify"_s, u"--audit"_s, u"--url"_s, target.display()});
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

qint64 count(Connection &connection, const QString &sql)
{
    QSqlQuery q(connection.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// A fresh target with the engine folder applied, rolled back to 001 and applied to 003 again:
// 4 + 3 + 2 audit rows.
std::unique_ptr<Connection> withAuditRows(const ConnectionSpec &target, const QString &engine)
{
    auto connection = test::connect(target);
    const QString folder = QStringLiteral(GODWIT_TEST_DATA "/engines/") + dialectName(test::dialectOf(engine));
    if (!connection || !test::migrate(folder, *connection, {Direction::Up}).ok
        || !test::migrate(folder, *connection, {Direction::Down, u"001"_s}).ok
        || !test::migrate(folder, *connection, {Direction::Up, u"003"_s}).ok)
        return {};
    return connection;
}

void dropProtection(Connection &connection)
{
    QSqlQuery q(connection.database());
    const QStringList names{u"godwit_audit_log_no_update"_s, u"godwit_audit_log_no_delete"_s};
    for (const QString &name : names) {
        if (connection.dialect() == Dialect::PostgreSQL)
            QVERIFY(q.exec(u"DROP TRIGGER %1 ON godwit_audit_log"_s.arg(name)));
        else
            QVERIFY(q.exec(u"DROP TRIGGER %1"_s.arg(name)));
    }
}

} // namespace

void TestAudit::editsRefused()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    auto connection = withAuditRows(*target, engine);
    QVERIFY(connection);
    const qint64 rows = count(*connection, u"SELECT count(*) FROM godwit_audit_log"_s);
    QCOMPARE(rows, 9);
    QSqlQuery q(connection->database());
    QVERIFY(!q.exec(u"DELETE FROM godwit_audit_log"_s));
    QVERIFY2(q.lastError().text().contains(u"append-only"_s), qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(u"DELETE FROM godwit_audit_log WHERE action = 'down'"_s));
    QVERIFY(!q.exec(u"UPDATE godwit_audit_log SET detail = 'nothing happened'"_s));
    QVERIFY2(q.lastError().text().contains(u"append-only"_s), qPrintable(q.lastError().text()));
    if (connection->dialect() == Dialect::PostgreSQL)
        QVERIFY(!q.exec(u"TRUNCATE godwit_audit_log"_s));
    QCOMPARE(count(*connection, u"SELECT count(*) FROM godwit_audit_log"_s), rows);
    QCOMPARE(count(*connection, u"SELECT count(*) FROM godwit_audit_log WHERE row_hash IS NULL"_s), 0);

    const CliRun clean = verifyAudit(*target);
    QVERIFY2(clean.exit == 0, qPrintable(clean.output));
    // (the English plural comes from the catalog the lead regenerates: "row(s)" until then)
    QVERIFY2(clean.output.contains(u"Audit log intact: 9 row"_s), qPrintable(clean.output));
}

void TestAudit::tamperingFound_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("tampering");
    QTest::addColumn<int>("badRow"); // 0: the inserted row
    for (const QString &engine : test::engines()) {
        QTest::newRow(qPrintable(engine + u" changed"_s)) << engine << u"UPDATE godwit_audit_log SET detail = 'fine' WHERE id = 4"_s << 4;
        QTest::newRow(qPrintable(engine + u" removed"_s)) << engine << u"DELETE FROM godwit_audit_log WHERE id = 4"_s << 5;
        QTest::newRow(qPrintable(engine + u" hash removed"_s)) << engine << u"UPDATE godwit_audit_log SET row_hash = NULL WHERE id = 6"_s << 6;
        QTest::newRow(qPrintable(engine + u" inserted"_s))
            << engine
            << u"INSERT INTO godwit_audit_log (at, action, version, host, os_user, tool_version, outcome, row_hash)"
               u" SELECT at, 'override', version, host, os_user, tool_version, 'ok', row_hash FROM godwit_audit_log WHERE id = 9"_s
            << 0;
    }
}

void TestAudit::tamperingFound()
{
    QFETCH(QString, engine);
    QFETCH(QString, tampering);
    QFETCH(int, badRow);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    auto connection = withAuditRows(*target, engine);
    QVERIFY(connection);
    dropProtection(*connection);
    if (QTest::currentTestFailed())
        return;
    QSqlQuery q(connection->database());
    QVERIFY2(q.exec(tampering), qPrintable(q.lastError().text()));
    if (badRow == 0)
        badRow = int(count(*connection, u"SELECT max(id) FROM godwit_audit_log"_s));

    const AuditVerification v = GodwitHistoryStore(*connection).verifyAudit();
    QVERIFY2(v.error.isEmpty(), qPrintable(v.error));
    QCOMPARE(v.badRowId, badRow);
    const CliRun r = verifyAudit(*target);
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.output.contains(u"row %1 ("_s.arg(badRow)), qPrintable(r.output));
    QVERIFY2(r.output.contains(u"tampered"_s), qPrintable(r.output));

    // The next run puts the protection back; the break stays found.
    const QString folder = QStringLiteral(GODWIT_TEST_DATA "/engines/") + dialectName(test::dialectOf(engine));
    QVERIFY(test::migrate(folder, *connection, {Direction::Up}).ok);
    QVERIFY(!q.exec(u"DELETE FROM godwit_audit_log"_s));
    QCOMPARE(verifyAudit(*target).exit, 1);
}

// A log from before the chain: the table gains its column and its protection on the next
// run; the old rows are not protected and verify says from which row on the log is.
void TestAudit::oldLogUpgraded()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    auto connection = test::connect(*target);
    QVERIFY(connection);
    const Dialect dialect = connection->dialect();
    const QString id = dialect == Dialect::SQLite       ? u"id INTEGER PRIMARY KEY"_s
                       : dialect == Dialect::PostgreSQL ? u"id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"_s
                                                        : u"id BIGINT AUTO_INCREMENT PRIMARY KEY"_s;
    QSqlQuery q(connection->database());
    QVERIFY(q.exec(u"CREATE TABLE godwit_audit_log (%1, at VARCHAR(32) NOT NULL, action VARCHAR(32) NOT NULL,"
                   u" version VARCHAR(191), description VARCHAR(500), host VARCHAR(255) NOT NULL,"
                   u" os_user VARCHAR(128) NOT NULL, tool_version VARCHAR(32) NOT NULL, plan_id VARCHAR(64),"
                   u" outcome VARCHAR(16) NOT NULL, detail TEXT)"_s.arg(id)));
    for (int i = 0; i < 3; ++i)
        QVERIFY(q.exec(u"INSERT INTO godwit_audit_log (at, action, host, os_user, tool_version, outcome)"
                       u" VALUES ('2025-01-01T00:00:00.000Z', 'up', 'h', 'u', '0.9', 'ok')"_s));
    const CliRun before = verifyAudit(*target);
    QCOMPARE(before.exit, 0);
    QVERIFY2(before.output.contains(u"No row of the audit log is protected"_s), qPrintable(before.output));

    const QString folder = QStringLiteral(GODWIT_TEST_DATA "/engines/") + dialectName(dialect);
    const ExecutionReport up = test::migrate(folder, *connection, {Direction::Up});
    QVERIFY2(up.ok, qPrintable(up.error.english()));
    QVERIFY(!q.exec(u"DELETE FROM godwit_audit_log"_s));
    QCOMPARE(count(*connection, u"SELECT count(*) FROM godwit_audit_log"_s), 7);
    const AuditVerification v = GodwitHistoryStore(*connection).verifyAudit();
    QVERIFY(v.intact());
    QCOMPARE(v.unprotectedRows, 3);
    QCOMPARE(v.protectedFromId, 4);
    const CliRun after = verifyAudit(*target);
    QCOMPARE(after.exit, 0);
    QVERIFY2(after.output.contains(u"the log is protected from row 4 on."_s), qPrintable(after.output));
    QVERIFY2(after.output.startsWith(u"3 row"_s), qPrintable(after.output));
}

// The chain's bytes: the same on every engine and in every locale, pinned here.
void TestAudit::hashIsStable()
{
    const AuditRow row{7, u"2026-01-02T03:04:05.006Z"_s, u"up"_s, u"002"_s, u"orders é"_s, u"host"_s, u"dba"_s,
                       u"1.0.0"_s, {}, u"ok"_s, u"line 1\nline 2"_s, {}};
    const QString first = auditRowHash({}, row);
    QCOMPARE(first.size(), 64);
    QCOMPARE(auditRowHash({}, row), first);
    QVERIFY(auditRowHash(first, row) != first);
    AuditRow moved = row;
    moved.description = u"orders"_s;
    moved.host = u"é host"_s; // the same characters, in other fields
    QVERIFY(auditRowHash({}, moved) != first);
}

// What the history and the audit log refuse is said, never dropped. On MariaDB (a migration
// runs statement by statement) triggers of the DBA's own refuse both: the failed migration
// says its history row still says started, and the audit rows that could not be written are
// logged under godwit.engine.
void TestAudit::refusedWritesSaid()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"mariadb"_s, dir.path());
    const QString folder = dir.filePath(u"m"_s);
    QVERIFY(QDir().mkpath(folder));
    const auto write = [&](const QString &name, const QByteArray &text) {
        QFile file(folder + u'/' + name);
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    };
    QVERIFY(write(u"001_a.up.sql"_s, "CREATE TABLE a (id INT);\n"));
    QVERIFY(write(u"002_b.up.sql"_s, "CREATE TABLE b (id INT);\nINSERT INTO no_such_table VALUES (1);\n"));
    auto connection = test::connect(*target);
    QVERIFY(connection);
    QVERIFY(test::migrate(folder, *connection, {Direction::Up, u"001"_s}).ok);
    QSqlQuery q(connection->database());
    QVERIFY2(q.exec(u"CREATE TRIGGER keep_started BEFORE UPDATE ON godwit_schema_history FOR EACH ROW"
                    u" IF NEW.status = 'failed' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'history frozen by the DBA';"
                    u" END IF"_s),
             qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(u"CREATE TRIGGER no_audit BEFORE INSERT ON godwit_audit_log FOR EACH ROW"
                    u" SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit log full'"_s),
             qPrintable(q.lastError().text()));

    QProcess p;
    p.start(QStringLiteral(GODWIT_CLI), {u"up"_s, u"--project"_s, folder, u"--url"_s, target->display()});
    QVERIFY(p.waitForFinished(60000));
    const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(output.contains(u"its history row could not be marked failed (it still says started)"_s), qPrintable(output));
    QVERIFY2(output.contains(u"history frozen by the DBA"_s), qPrintable(output));
    QVERIFY2(output.contains(u"godwit.engine: "_s) && output.contains(u"was not written: "_s)
                 && output.contains(u"audit log full"_s),
             qPrintable(output));
    QVERIFY(q.exec(u"SELECT status FROM godwit_schema_history WHERE version_key = '2'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"started"_s);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
