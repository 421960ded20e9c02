#include "database/dryrun.h"
#include "database/estimate.h"

#include "support/testtargets.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! The locks each statement of a PostgreSQL dry run takes, read from pg_locks, and the
    tables it rewrites (a new relfilenode), for the statements whose locks matter most; each
    mode exactly as PostgreSQL names it, on a target with rows, in a rolled-back transaction.
    On MariaDB, the metadata locks seen from a second session and the ALTER algorithm the
    server accepted, checked against the server itself. */
class TestLockTrace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statementLocks_data();
    void statementLocks();
    void mariadbAlters_data();
    void mariadbAlters();
    void mariadbTransactionLocks();
    void sqliteRebuild();
    void estimateScalesRowWork();
    void sampledSchemaCopy_data();
    void sampledSchemaCopy();
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

const char *const mariadbBase =
    "CREATE TABLE customers (id int PRIMARY KEY, name varchar(40)) ENGINE=InnoDB;\n"
    "CREATE TABLE orders (id int PRIMARY KEY, customer_id int, total int, note varchar(20), "
    "KEY idx_orders_note (note)) ENGINE=InnoDB;\n"
    "INSERT INTO customers WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 50) "
    "SELECT n, CONCAT('c', n) FROM g;\n"
    "INSERT INTO orders WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 500) "
    "SELECT n, 1 + n % 50, n, CONCAT('n', n) FROM g;\n";

// The plan "001 base, 002 sql" in a fresh folder of dir, the target at 001; the dry run of 002.
struct Rehearsed
{
    std::unique_ptr<Connection> connection;
    DryRunReport report;
    QString before;
};

Rehearsed rehearse(const QString &engine, const QString &dir, const ConnectionSpec &target, const QByteArray &base,
                   const QString &sql, DryRunMethod method)
{
    Rehearsed r;
    const QString folder = dir + u"/migrations"_s;
    QDir().mkpath(folder);
    const auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(folder + u'/' + name);
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    };
    if (!write(u"001_base.up.sql"_s, base) || !write(u"002_change.up.sql"_s, sql.toUtf8()))
        return r;
    r.connection = test::connect(target);
    if (!r.connection || !test::migrate(folder, *r.connection, {Direction::Up, u"1"_s}).ok)
        return r;
    QSqlQuery(r.connection->database()).exec(engine == u"postgresql" ? u"ANALYZE"_s : u"ANALYZE TABLE orders"_s);
    r.before = test::snapshot(*r.connection);
    const MigrationSource source = discoverMigrations(folder, {Format::Unknown, {}, r.connection->dialect()});
    const QList<StatusEntry> status = test::folderStatus(source, *r.connection);
    QString error;
    r.report = DryRun(*r.connection).run(
        {makePlan(source, status, {Direction::Up, u"2"_s}), appliedMigrations(status, &error), method});
    return r;
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
    Rehearsed r = rehearse(u"postgresql"_s, dir.path(), *target, base, sql, DryRunMethod::Transaction);
    QVERIFY(r.connection);
    const DryRunReport &report = r.report;
    auto &connection = r.connection;
    const QString &before = r.before;
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

// Each ALTER kind with the algorithm MariaDB takes for it (10.11 and 11.x alike) and
// whether it rebuilds the table; the test then asks the server itself.
void TestLockTrace::mariadbAlters_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<bool>("rebuilds");
    QTest::newRow("add column") << u"ALTER TABLE orders ADD COLUMN shipped int"_s << u"INSTANT"_s << false;
    QTest::newRow("add column first") << u"ALTER TABLE orders ADD COLUMN flag int NOT NULL DEFAULT 3 FIRST"_s
                                      << u"INSTANT"_s << false;
    QTest::newRow("drop column") << u"ALTER TABLE orders DROP COLUMN total"_s << u"INSTANT"_s << false;
    QTest::newRow("rename column") << u"ALTER TABLE orders RENAME COLUMN total TO amount"_s << u"INSTANT"_s << false;
    QTest::newRow("set default") << u"ALTER TABLE orders ALTER COLUMN total SET DEFAULT 5"_s << u"INSTANT"_s << false;
    QTest::newRow("widen varchar") << u"ALTER TABLE orders MODIFY note varchar(40)"_s << u"INSTANT"_s << false;
    QTest::newRow("add index") << u"ALTER TABLE orders ADD INDEX idx_orders_total (total)"_s << u"NOCOPY, LOCK=NONE"_s
                               << false;
    QTest::newRow("create index") << u"CREATE INDEX idx_orders_total ON orders (total) -- the build"_s
                                  << u"NOCOPY, LOCK=NONE"_s << false;
    QTest::newRow("drop index") << u"DROP INDEX idx_orders_note ON orders"_s << u"NOCOPY, LOCK=NONE"_s << false;
    QTest::newRow("int to bigint") << u"ALTER TABLE orders MODIFY total bigint"_s << u"COPY"_s << true;
    QTest::newRow("add check") << u"ALTER TABLE orders ADD CONSTRAINT chk_total CHECK (total > 0)"_s << u"COPY"_s
                               << true;
    QTest::newRow("add foreign key")
        << u"ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)"_s
        << u"COPY"_s << true;
    QTest::newRow("rebuild") << u"ALTER TABLE orders ENGINE=InnoDB"_s << u"INPLACE, LOCK=NONE"_s << true;
    QTest::newRow("add fulltext") << u"ALTER TABLE orders ADD FULLTEXT INDEX ft_orders_note (note)"_s
                                  << u"INPLACE, LOCK=SHARED"_s << true;
}

void TestLockTrace::mariadbAlters()
{
    QFETCH(QString, sql);
    QFETCH(QString, algorithm);
    QFETCH(bool, rebuilds);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"mariadb"_s, dir.path());
    Rehearsed r = rehearse(u"mariadb"_s, dir.path(), *target, mariadbBase, sql + u';', DryRunMethod::Auto);
    QVERIFY(r.connection);
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    const StatementRun &statement = r.report.up.constFirst().statements.constFirst();
    QCOMPARE(statement.algorithm, algorithm);
    // Seen from the second session: the EXCLUSIVE lock every ALTER waits for at its end.
    const auto exclusive = std::find_if(statement.locks.cbegin(), statement.locks.cend(), [](const HeldLock &l) {
        return l.relation == u"orders" && l.mode == u"EXCLUSIVE";
    });
    QVERIFY2(exclusive != statement.locks.cend(), qPrintable(acquired(statement).join(u", "_s)));
    QVERIFY(exclusive->waited && exclusive->statementOnly);
    QCOMPARE(lockSentence(Dialect::MySQL, *exclusive, 2).english(),
             u"EXCLUSIVE on orders: blocks reads and writes of orders while the statement runs, and waits for every "
             "open transaction that used orders while later queries on it wait behind (2.00 ms in the dry run)"_s);
    QStringList rewritten;
    for (const Rewrite &w : statement.rewrites)
        rewritten << w.table;
    QCOMPARE(rewritten, rebuilds ? QStringList{u"orders"_s} : QStringList());
    QCOMPARE(test::snapshot(*r.connection), r.before);

    // The server's word: the algorithm reported is accepted, each less disruptive one refused.
    const QStringList forms{u"ALGORITHM=INSTANT"_s, u"ALGORITHM=NOCOPY, LOCK=NONE"_s, u"ALGORITHM=NOCOPY, LOCK=SHARED"_s,
                            u"ALGORITHM=NOCOPY, LOCK=EXCLUSIVE"_s, u"ALGORITHM=INPLACE, LOCK=NONE"_s,
                            u"ALGORITHM=INPLACE, LOCK=SHARED"_s, u"ALGORITHM=INPLACE, LOCK=EXCLUSIVE"_s,
                            u"ALGORITHM=COPY"_s};
    const auto with = [&](QString form) -> QString {
        if (sql.startsWith(u"ALTER TABLE orders "_s))
            return u"ALTER TABLE orders "_s + form + u", "_s + sql.mid(19);
        if (sql.startsWith(u"DROP INDEX "_s)) // MariaDB's DROP INDEX takes no algorithm
            return u"ALTER TABLE orders "_s + form + u", DROP INDEX "_s + sql.section(u' ', 2, 2);
        return sql.section(u" --"_s, 0, 0) + u' ' + form.remove(u',');
    };
    const qsizetype taken = forms.indexOf(u"ALGORITHM="_s + algorithm);
    QVERIFY(taken >= 0);
    QSqlQuery q(r.connection->database());
    for (qsizetype i = 0; i < taken; ++i) {
        QVERIFY2(!q.exec(with(forms.at(i))), qPrintable(with(forms.at(i))));
        const QString code = q.lastError().nativeErrorCode(); // "not supported", not a syntax error
        QVERIFY2(code == u"1845" || code == u"1846", qPrintable(q.lastError().text()));
    }
    QVERIFY2(q.exec(with(forms.at(taken))), qPrintable(q.lastError().text()));
}

// A migration that only writes rows runs in a transaction: its metadata lock is held to the
// COMMIT, read by the dry run's own session.
void TestLockTrace::mariadbTransactionLocks()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"mariadb"_s, dir.path());
    Rehearsed r = rehearse(u"mariadb"_s, dir.path(), *target, mariadbBase,
                           u"UPDATE orders SET total = total + 1;\nUPDATE customers SET name = UPPER(name);"_s,
                           DryRunMethod::Auto);
    QVERIFY(r.connection);
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    const StepRun &step = r.report.up.constFirst();
    QVERIFY(step.transaction);
    QCOMPARE(acquired(step.statements.at(0)).join(u","), u"orders SHARED_WRITE"_s);
    QCOMPARE(acquired(step.statements.at(1)), QStringList{u"customers SHARED_WRITE"_s});
    const HeldLock &lock = step.statements.at(0).locks.constFirst();
    QVERIFY(!lock.statementOnly);
    QCOMPARE(lockSentence(Dialect::MySQL, lock, 1).english(),
             u"SHARED_WRITE on orders: blocks schema changes of orders; reads and writes go on until the migration "
             "commits (held 1.00 ms in the dry run)"_s);
}

// SQLite's table rebuild (new table, copy, drop, rename) rewrites the table it replaces; a
// table renamed under a name not dropped before does not.
void TestLockTrace::sqliteRebuild()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"sqlite"_s, dir.path());
    const QByteArray base = "CREATE TABLE orders (id integer PRIMARY KEY, total integer, note text);\n"
                            "WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 3000) "
                            "INSERT INTO orders SELECT n, n, 'x' FROM g;\n"
                            "CREATE TABLE notes (id integer PRIMARY KEY);\n";
    Rehearsed r = rehearse(u"sqlite"_s, dir.path(), *target, base,
                           u"CREATE TABLE orders_new (id integer PRIMARY KEY, total integer NOT NULL, note text);\n"
                           "INSERT INTO orders_new SELECT * FROM orders;\n"
                           "DROP TABLE orders;\n"
                           "ALTER TABLE orders_new RENAME TO orders;\n"
                           "ALTER TABLE notes RENAME TO remarks;\n"_s,
                           DryRunMethod::Auto);
    QVERIFY(r.connection);
    QVERIFY2(r.report.ok(), qPrintable(r.report.error));
    const QList<StatementRun> &statements = r.report.up.constFirst().statements;
    QCOMPARE(statements.size(), 5);
    for (int i : {0, 1, 2, 4})
        QVERIFY2(statements.at(i).rewrites.isEmpty(), qPrintable(statements.at(i).sql));
    QCOMPARE(statements.at(3).rewrites.size(), 1);
    const Rewrite &rewrite = statements.at(3).rewrites.constFirst();
    QCOMPARE(rewrite.table, u"orders"_s);
    QCOMPARE(rewrite.rows, 3000);
    QVERIFY(rewrite.bytes > 3000);
    QCOMPARE(test::snapshot(*r.connection), r.before);

    // The copy holds the target's rows: the estimate is the time measured, on orders' 3,000.
    const RunEstimate &estimate = r.report.estimate;
    QVERIFY(!estimate.withoutRows);
    QCOMPARE(estimate.tables.size(), 2); // orders, then notes, which the last statement renames
    QCOMPARE(estimate.tables.constFirst().name, u"orders"_s);
    QCOMPARE(estimate.tables.constFirst().source, u"count(*)"_s);
    const auto copy = std::find_if(estimate.statements.cbegin(), estimate.statements.cend(),
                                   [](const StatementEstimate &e) { return e.index == 2; });
    QVERIFY(copy != estimate.statements.cend());
    QCOMPARE(copy->table, u"orders"_s);
    QCOMPARE(copy->targetRows, 3000);
    QCOMPARE(copy->dryRunRows, 3000);
    QVERIFY(!copy->scaled); // the same rows: the time measured is the estimate
    QCOMPARE(copy->estimatedMs, statements.at(1).durationMs);
    QCOMPARE(copy->hold, u"database write lock"_s);
    QVERIFY2(copy->message().english().endsWith(u"holding the database's write lock on orders (3000 rows)"_s),
             qPrintable(copy->message().english()));
}

// The scaling itself: row work grows with the target's rows over the dry run's, an INSTANT
// ALTER and a statement on an empty table do not; row work measured on no rows is marked.
void TestLockTrace::estimateScalesRowWork()
{
    StepRun step;
    step.step.migration.version = *Version::parse(u"0007"_s);
    StatementRun rewrite;
    rewrite.index = 1;
    rewrite.sql = u"ALTER TABLE orders MODIFY total bigint"_s;
    rewrite.durationMs = 40;
    rewrite.algorithm = u"COPY"_s;
    StatementRun instant = rewrite;
    instant.index = 2;
    instant.sql = u"ALTER TABLE orders ADD COLUMN shipped int"_s;
    instant.algorithm = u"INSTANT"_s;
    instant.durationMs = 3;
    StatementRun backfill;
    backfill.index = 3;
    backfill.sql = u"UPDATE customers SET tier = 'free' WHERE tier IS NULL"_s;
    backfill.rowsAffected = 0;
    backfill.durationMs = 2;
    step.statements = {rewrite, instant, backfill};
    const QHash<QString, TableStats> target{{u"orders"_s, {u"orders"_s, 1'000'000, -1, u"catalog"_s}},
                                            {u"customers"_s, {u"customers"_s, 5000, -1, u"catalog"_s}}};
    const RunEstimate e = estimateRun(Dialect::MySQL, {step}, target, {{u"orders"_s, 10'000}});
    QCOMPARE(e.statements.size(), 3);
    QCOMPARE(e.statements.at(0).index, 3); // not measured on rows: said first
    QVERIFY(e.statements.at(0).unmeasured);
    QCOMPARE(e.statements.at(1).index, 1);
    QCOMPARE(e.statements.at(1).estimatedMs, 4000.0);
    QCOMPARE(e.statements.at(2).estimatedMs, 3.0);
    QCOMPARE(e.totalMs, 4005.0);
    QVERIFY(e.withoutRows);
    QCOMPARE(e.statements.at(1).message().english(),
             u"estimated 4.0 s holding ALGORITHM=COPY on orders (1000000 rows)"_s);
    QCOMPARE(e.summary().english(), u"at least 4.0 s on the target's data (the dry run's copy held no rows)"_s);
}

void TestLockTrace::sampledSchemaCopy_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QString>("sql");
    // 60,000 customers and orders: more than a sample takes (50,000). Every third order has
    // no customer; the others reference customers from the end, so that the first orders'
    // customers are not among the first customers taken. categories is a tree whose
    // parents come first.
    QTest::newRow("postgresql")
        << u"postgresql"_s
        << QByteArray("CREATE TABLE customers (id serial PRIMARY KEY, name text);\n"
                      "CREATE TABLE orders (id serial PRIMARY KEY, customer_id integer REFERENCES customers (id),"
                      " total integer, doubled integer GENERATED ALWAYS AS (id * 2) STORED);\n"
                      "CREATE TABLE categories (id integer PRIMARY KEY, parent_id integer REFERENCES categories (id));\n"
                      "CREATE TABLE untouched (id integer PRIMARY KEY);\n"
                      "INSERT INTO customers (name) SELECT 'c' || g FROM generate_series(1, 60000) g;\n"
                      "INSERT INTO orders (customer_id, total) SELECT CASE WHEN g % 3 = 0 THEN NULL ELSE 60001 - g END, g"
                      " FROM generate_series(1, 60000) g;\n"
                      "INSERT INTO categories SELECT g, NULLIF(g / 2, 0) FROM generate_series(1, 2000) g;\n"
                      "INSERT INTO untouched SELECT generate_series(1, 10);\n"
                      "CREATE TRIGGER orders_never BEFORE INSERT ON customers FOR EACH ROW EXECUTE FUNCTION"
                      " suppress_redundant_updates_trigger();\n")
        << u"ALTER TABLE orders ALTER COLUMN total TYPE bigint;\n"
           "INSERT INTO orders (customer_id, total) VALUES (NULL, 7);\n"
           "UPDATE categories SET parent_id = NULL WHERE id = 2;\n"_s;
    QTest::newRow("mariadb")
        << u"mariadb"_s
        << QByteArray("CREATE TABLE customers (id int AUTO_INCREMENT PRIMARY KEY, name varchar(20)) ENGINE=InnoDB;\n"
                      "CREATE TABLE orders (id int AUTO_INCREMENT PRIMARY KEY, customer_id int, total int,"
                      " doubled int AS (total * 2) PERSISTENT, FOREIGN KEY (customer_id) REFERENCES customers (id))"
                      " ENGINE=InnoDB;\n"
                      "CREATE TABLE categories (id int PRIMARY KEY, parent_id int,"
                      " FOREIGN KEY (parent_id) REFERENCES categories (id)) ENGINE=InnoDB;\n"
                      "CREATE TABLE untouched (id int PRIMARY KEY) ENGINE=InnoDB;\n"
                      "INSERT INTO customers (name) SELECT CONCAT('c', seq) FROM seq_1_to_60000;\n"
                      "INSERT INTO orders (customer_id, total) SELECT IF(seq % 3 = 0, NULL, 60001 - seq), seq"
                      " FROM seq_1_to_60000;\n"
                      "INSERT INTO categories SELECT seq, NULLIF(seq DIV 2, 0) FROM seq_1_to_2000;\n"
                      "INSERT INTO untouched SELECT seq FROM seq_1_to_10;\n"
                      "CREATE TRIGGER customers_never BEFORE INSERT ON customers FOR EACH ROW"
                      " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'no new customers';\n")
        << u"ALTER TABLE orders MODIFY total bigint;\n"
           "INSERT INTO orders (customer_id, total) VALUES (NULL, 7);\n"
           "UPDATE categories SET parent_id = NULL WHERE id = 2;\n"_s;
}

// A schema copy takes the first rows of the tables the plan names (and of the tables they
// reference), drops those whose parents were not taken, leaves generated columns and
// triggers alone, sets sequences past the rows; the statements' times then scale from the
// rows it held. The target is not touched.
void TestLockTrace::sampledSchemaCopy()
{
    QFETCH(QString, engine);
    QFETCH(QByteArray, base);
    QFETCH(QString, sql);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    Rehearsed r = rehearse(engine, dir.path(), *target, base, sql, DryRunMethod::Copy);
    QVERIFY(r.connection);
    QStringList why{r.report.error};
    for (const StepRun &step : r.report.up)
        for (const StatementRun &s : step.statements)
            why << s.error;
    for (const NotRehearsable &n : r.report.notRehearsable)
        why << n.toString();
    QVERIFY2(r.report.ok(), qPrintable(why.join(u'\n')));
    const QHash<QString, qint64> &rows = r.report.sampledRows;
    QStringList notes;
    for (const Message &note : r.report.notes)
        notes << note.english();
    QVERIFY2(rows.contains(u"orders"_s), qPrintable(notes.join(u'\n')));
    // Of the first 50,000 orders, those without a customer or with one among the first
    // 50,000 customers.
    QSqlQuery q(r.connection->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM orders WHERE id <= 50000 AND (customer_id IS NULL OR customer_id <= 50000)"_s)
            && q.next());
    QCOMPARE(rows.value(u"orders"_s), q.value(0).toLongLong());
    QCOMPARE(rows.value(u"customers"_s), 50000); // referenced by orders, not named
    QCOMPARE(rows.value(u"categories"_s), 2000);
    QVERIFY(!rows.contains(u"untouched"_s));
    const QList<StatementRun> &statements = r.report.up.constFirst().statements;
    QCOMPARE(statements.size(), 3);
    QCOMPARE(statements.at(1).rowsAffected, 1); // the sequence stood past the rows copied
    QCOMPARE(statements.at(2).rowsAffected, 1);
    const auto alter = std::find_if(r.report.estimate.statements.cbegin(), r.report.estimate.statements.cend(),
                                    [](const StatementEstimate &e) { return e.index == 1; });
    QVERIFY(alter != r.report.estimate.statements.cend());
    QVERIFY(!alter->unmeasured);
    QVERIFY(alter->scaled);
    QCOMPARE(alter->dryRunRows, rows.value(u"orders"_s));
    QVERIFY2(alter->targetRows > alter->dryRunRows, qPrintable(QString::number(alter->targetRows)));
    QVERIFY(!r.report.estimate.withoutRows);
    // The target holds what it held: its rows and its schema.
    QVERIFY(q.exec(u"SELECT (SELECT count(*) FROM orders), (SELECT count(*) FROM customers)"_s) && q.next());
    QCOMPARE(q.value(0).toLongLong(), 60000);
    QCOMPARE(q.value(1).toLongLong(), 60000);
    QCOMPARE(test::snapshot(*r.connection), r.before);
}

QTEST_GUILESS_MAIN(TestLockTrace)
#include "tst_locktrace.moc"
