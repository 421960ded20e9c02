#include "database/dryrun.h"

#include "support/testtargets.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! The locks each statement of a PostgreSQL dry run takes, read from pg_locks, and the
    tables it rewrites (a new relfilenode), for the statements whose locks matter most; each
    mode exactly as PostgreSQL names it, on a target with rows, in a rolled-back transaction. */
class TestLockTrace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statementLocks_data();
    void statementLocks();
};

namespace {

const char *const base =
    "CREATE TABLE customers (id integer PRIMARY KEY, name text);\n"
    "CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer, total integer);\n"
    "INSERT INTO customers SELECT g, 'c' || g FROM generate_series(1, 50) g;\n"
    "INSERT INTO orders SELECT g, 1 + g % 50, g FROM generate_series(1, 500) g;\n"
    "ALTER TABLE orders ADD CONSTRAINT fk_orders_customer_nv FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;\n";

// "relation mode" for each lock the statement took.
QStringList acquired(const StatementRun &s)
{
    QStringList taken;
    for (const HeldLock &l : s.locks) {
        if (l.acquired)
            taken << l.relation + u' ' + l.mode;
    }
    return taken;
}

} // namespace

void TestLockTrace::statementLocks_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("locks");   // each must be among those taken
    QTest::addColumn<QStringList>("rewrites");
    QTest::newRow("add column, stable default")
        << u"ALTER TABLE orders ADD COLUMN created_at timestamptz DEFAULT now();"_s
        << QStringList{u"orders AccessExclusiveLock"_s} << QStringList();
    QTest::newRow("add column, volatile default")
        << u"ALTER TABLE orders ADD COLUMN token float8 DEFAULT random();"_s
        << QStringList{u"orders AccessExclusiveLock"_s} << QStringList{u"orders"_s};
    QTest::newRow("column type to bigint")
        << u"ALTER TABLE orders ALTER COLUMN total TYPE bigint;"_s
        << QStringList{u"orders AccessExclusiveLock"_s} << QStringList{u"orders"_s};
    QTest::newRow("create index")
        << u"CREATE INDEX idx_orders_total ON orders (total);"_s
        << QStringList{u"orders ShareLock"_s, u"idx_orders_total AccessExclusiveLock"_s} << QStringList();
    QTest::newRow("add foreign key")
        << u"ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id);"_s
        << QStringList{u"customers ShareRowExclusiveLock"_s, u"orders ShareRowExclusiveLock"_s} << QStringList();
    QTest::newRow("validate constraint")
        << u"ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_customer_nv;"_s
        << QStringList{u"orders ShareUpdateExclusiveLock"_s} << QStringList();
}

void TestLockTrace::statementLocks()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, locks);
    QFETCH(QStringList, rewrites);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"postgresql"_s, dir.path());
    const QString folder = dir.filePath(u"migrations"_s);
    QDir().mkpath(folder);
    const auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(folder + u'/' + name);
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    };
    QVERIFY(write(u"001_base.up.sql"_s, base));
    QVERIFY(write(u"002_change.up.sql"_s, sql.toUtf8()));
    auto connection = test::connect(*target);
    QVERIFY(connection);
    QVERIFY(test::migrate(folder, *connection, {Direction::Up, u"1"_s}).ok);
    QSqlQuery(connection->database()).exec(u"ANALYZE"_s);
    const QString before = test::snapshot(*connection);

    const MigrationSource source = discoverMigrations(folder, {Format::Unknown, {}, Dialect::PostgreSQL});
    const QList<StatusEntry> status = test::folderStatus(source, *connection);
    QString error;
    const DryRunReport report = DryRun(*connection).run(
        {makePlan(source, status, {Direction::Up, u"2"_s}), appliedMigrations(status, &error), DryRunMethod::Transaction});
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.up.size(), 1);
    const StatementRun &statement = report.up.constFirst().statements.constFirst();
    const QStringList taken = acquired(statement);
    for (const QString &lock : std::as_const(locks))
        QVERIFY2(taken.contains(lock), qPrintable(lock + u" not in: "_s + taken.join(u", "_s)));
    // Said for people with what the mode blocks and for how long.
    for (const HeldLock &l : statement.locks) {
        if (l.acquired && l.mode == u"AccessExclusiveLock" && l.relation == u"orders")
            QVERIFY2(lockSentence(Dialect::PostgreSQL, l, 4.1).english()
                         == u"AccessExclusiveLock on orders: blocks reads and writes of orders until the migration commits "
                            "(held 4.10 ms in the dry run)"_s,
                     qPrintable(lockSentence(Dialect::PostgreSQL, l, 4.1).english()));
        if (l.acquired && l.mode == u"ShareLock")
            QCOMPARE(lockSentence(Dialect::PostgreSQL, l, 1).english(),
                     u"ShareLock on orders: blocks writes to orders (INSERT, UPDATE, DELETE); reads go on until the "
                     "migration commits (held 1.00 ms in the dry run)"_s);
    }
    QStringList rewritten;
    for (const Rewrite &r : statement.rewrites) {
        rewritten << r.table;
        QVERIFY2(r.bytes > 0 && r.rows == 500, qPrintable(u"%1 bytes, %2 rows"_s.arg(r.bytes).arg(r.rows)));
    }
    QCOMPARE(rewritten, rewrites);
    // The JSON says how long each lock taken is held: to the migration's COMMIT.
    QJsonObject lock;
    for (const QJsonValue &l : report.up.constFirst().toJson().value(u"statements").toArray().at(0).toObject()
                                   .value(u"locks").toArray()) {
        if (l.toObject().value(u"acquired").toBool())
            lock = l.toObject();
    }
    QCOMPARE(lock.value(u"heldUntil").toString(), u"commit"_s);
    QVERIFY(lock.value(u"heldMs").toDouble() > 0);
    QCOMPARE(test::snapshot(*connection), before);
}

QTEST_GUILESS_MAIN(TestLockTrace)
#include "tst_locktrace.moc"
