// Schema work at scale. Prints figures; never fails on a timing.
//  1. Introspection of a generated schema of 1,000 tables (10 columns, 3 indexes, 1 foreign
//     key each) on SQLite, PostgreSQL and MariaDB. Targets: < 300 ms SQLite, < 1 s servers.
//  2. Structural diff of two 5,000-table snapshots differing in 1 %. Target: < 200 ms.
//  3. Dry run of 100 migrations on PostgreSQL with 1,000 tables: time split between
//     execution, introspection and diff. Target: introspection + diff < execution.
// The servers come from the state file GODWIT_TEST_SERVERS names (tests/servers/servers.sh;
// tests/benchmarks/bench_schema.sh starts and stops them around this program).
#include "database/dryrun.h"
#include "database/introspection.h"
#include "schema/schemadiff.h"

#include "support/testtargets.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace godwit;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

constexpr int tableCount = 1000;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString ms(double value)
{
    return QString::number(value, 'f', 1) + u" ms"_s;
}

// t_0001 … t_1000: id, parent_id (foreign key to the previous table), c1 … c8; indexes on
// c1, (c2, c3) and c4.
QStringList generatedSchema(Dialect dialect)
{
    QStringList statements;
    const QString bigint = dialect == Dialect::SQLite ? u"INTEGER"_s : u"bigint"_s;
    for (int i = 1; i <= tableCount; ++i) {
        const QString t = u"t_%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        const QString parent = u"t_%1"_s.arg(i == 1 ? 1 : i - 1, 4, 10, QLatin1Char('0'));
        statements << uR"(CREATE TABLE %1 (
    id %2 PRIMARY KEY,
    parent_id %2 REFERENCES %3 (id),
    c1 varchar(100) NOT NULL DEFAULT '',
    c2 integer NOT NULL DEFAULT 0,
    c3 integer,
    c4 varchar(40),
    c5 text,
    c6 numeric(12,2),
    c7 integer DEFAULT 7,
    c8 varchar(20) NOT NULL DEFAULT 'x'))"_s.arg(t, bigint, parent)
                   << u"CREATE INDEX %1_c1 ON %1 (c1)"_s.arg(t) << u"CREATE INDEX %1_c2c3 ON %1 (c2, c3)"_s.arg(t)
                   << u"CREATE INDEX %1_c4 ON %1 (c4)"_s.arg(t);
    }
    return statements;
}

bool execAll(Connection &connection, const QStringList &statements)
{
    QSqlQuery q(connection.database());
    if (connection.dialect() == Dialect::MySQL)
        q.exec(u"SET FOREIGN_KEY_CHECKS = 0"_s);
    // One transaction where DDL can be in one: minutes become seconds on SQLite.
    const bool transaction = connection.dialect() != Dialect::MySQL && q.exec(u"BEGIN"_s);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            out << "  " << sql.left(60) << ": " << q.lastError().text() << "\n";
            return false;
        }
    }
    return !transaction || q.exec(u"COMMIT"_s);
}

void introspection(QTemporaryDir &dir)
{
    out << "1. Introspection of 1,000 tables (10 columns, 3 indexes, 1 foreign key each), median of 5\n";
    for (const QString &engine : test::engines()) {
        QString skip, error;
        const auto target = test::freshTarget(engine, dir.path(), &skip, &error);
        if (!target) {
            out << "  " << engine << ": not measured: " << (skip.isEmpty() ? error : skip) << "\n";
            continue;
        }
        auto connection = test::connect(*target);
        if (!connection || !execAll(*connection, generatedSchema(connection->dialect())))
            continue;
        QList<double> times;
        Introspection read;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            read = introspect(*connection);
            times << double(timer.nsecsElapsed()) / 1e6;
        }
        if (!read.snapshot) {
            out << "  " << engine << ": " << read.error << "\n";
            continue;
        }
        const double target_ms = connection->dialect() == Dialect::SQLite ? 300 : 1000;
        const double m = median(times);
        qsizetype constraints = 0;
        for (const Table &t : read.snapshot->tables)
            constraints += t.constraints.size();
        out << QStringLiteral("  %1 %2  (%3 tables, %4 indexes, %5 keys; %6 queries; target < %7 ms: %8)\n")
                   .arg(engine, -11)
                   .arg(ms(m), 9)
                   .arg(read.snapshot->tables.size())
                   .arg(read.snapshot->indexes.size())
                   .arg(constraints)
                   .arg(read.queries)
                   .arg(target_ms)
                   .arg(m < target_ms ? u"met"_s : u"MISSED"_s);
    }
}

Snapshot syntheticSnapshot(int tables)
{
    Snapshot s;
    s.dialect = Dialect::PostgreSQL;
    s.schema = u"public"_s;
    for (int i = 0; i < tables; ++i) {
        const QString t = u"t_%1"_s.arg(i, 5, 10, QLatin1Char('0'));
        Table table{t, {}, {}};
        table.columns << Column{u"id"_s, u"bigint"_s, true} << Column{u"parent_id"_s, u"bigint"_s};
        for (int c = 1; c <= 8; ++c)
            table.columns << Column{u"c%1"_s.arg(c), u"character varying(100)"_s, c % 2 == 0, u"''::character varying"_s};
        table.constraints << Constraint{Constraint::Kind::PrimaryKey, t + u"_pkey"_s, {u"id"_s}}
                          << Constraint{Constraint::Kind::ForeignKey, t + u"_parent_fkey"_s, {u"parent_id"_s}, {},
                                        u"t_00000"_s, {u"id"_s}, u"NO ACTION"_s, u"CASCADE"_s};
        s.tables << table;
        s.indexes << Index{t + u"_c1"_s, t, {u"c1"_s}, false, {}, u"btree"_s, true}
                  << Index{t + u"_c2c3"_s, t, {u"c2"_s, u"c3"_s}, false, {}, u"btree"_s, true}
                  << Index{t + u"_c4"_s, t, {u"lower(c4)"_s}, false, u"c4 IS NOT NULL"_s, u"btree"_s, true};
    }
    s.normalize();
    return s;
}

void structuralDiff()
{
    out << "2. Structural diff of two 5,000-table snapshots differing in 1 % (50 tables), median of 7\n";
    const Snapshot before = syntheticSnapshot(5000);
    Snapshot after = before;
    // 1 %: 20 tables get a column, 10 lose one, 10 change a type, 10 lose an index.
    for (int i = 0; i < 50; ++i) {
        Table &t = after.tables[i * 100];
        if (i < 20)
            t.columns << Column{u"added"_s, u"text"_s};
        else if (i < 30)
            t.columns.removeLast();
        else if (i < 40)
            t.columns[3].type = u"text"_s;
        else
            after.indexes.removeIf([&](const Index &x) { return x.table == t.name && x.name.endsWith(u"_c1"_s); });
    }
    QList<double> times;
    SchemaDiff diff;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        diff = diffSnapshots(before, after);
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    const double m = median(times);
    out << QStringLiteral("  structural %1  (%2 changes; target < 200 ms: %3)\n")
               .arg(ms(m), 9)
               .arg(diff.changes.size())
               .arg(m < 200 ? u"met"_s : u"MISSED"_s);
    QElapsedTimer timer;
    timer.start();
    const QString a = snapshotDdl(before);
    const QString b = snapshotDdl(after);
    const double ddl = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const QString text = unifiedDiff(a, b, u"a"_s, u"b"_s);
    out << QStringLiteral("  text: DDL of both %1, unified diff (dtl) %2  (%3 lines of DDL each)\n")
               .arg(ms(ddl), ms(double(timer.nsecsElapsed()) / 1e6))
               .arg(a.count(u'\n'));
}

void dryRunOnPostgres(QTemporaryDir &dir)
{
    out << "3. Dry run of 100 migrations on PostgreSQL with 1,000 tables (10,000 rows each in the first 100)\n";
    QString skip, error;
    const auto target = test::freshTarget(u"postgresql"_s, dir.path(), &skip, &error);
    if (!target) {
        out << "  not measured: " << (skip.isEmpty() ? error : skip) << "\n";
        return;
    }
    auto connection = test::connect(*target);
    QStringList schema = generatedSchema(Dialect::PostgreSQL);
    for (int i = 1; i <= 100; ++i)
        schema << u"INSERT INTO t_%1 (id, parent_id, c1, c2, c3, c4) SELECT g, NULL, 'name ' || g, mod(g, 97), "
                  u"mod(g, 13), 'k' || mod(g, 1000) FROM generate_series(1, 10000) g"_s.arg(i, 4, 10, QLatin1Char('0'));
    if (!connection || !execAll(*connection, schema))
        return;
    // What a migration typically does: add a column, backfill it, index it, add a check.
    const QString folder = dir.filePath(u"bench-migrations"_s);
    QDir().mkpath(folder);
    for (int i = 1; i <= 100; ++i) {
        const QString t = u"t_%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        QFile file(u"%1/%2_change_%3.up.sql"_s.arg(folder).arg(i, 3, 10, QLatin1Char('0')).arg(t));
        file.open(QIODevice::WriteOnly);
        file.write(uR"(ALTER TABLE %1 ADD COLUMN status text NOT NULL DEFAULT 'new';
UPDATE %1 SET status = 'old' WHERE c2 < 10;
CREATE INDEX %1_status ON %1 (status) WHERE status <> 'old';
ALTER TABLE %1 ADD CONSTRAINT %1_c2_positive CHECK (c2 >= 0);
)"_s.arg(t).toUtf8());
    }
    const MigrationSource source = discoverMigrations(folder, {Format::Unknown, {}, Dialect::PostgreSQL});
    const Plan plan = makePlan(source, test::folderStatus(source, *connection), {Direction::Up});
    QList<DryRunTiming> timings;
    for (int run = 0; run < 3; ++run) {
        const DryRunReport report = DryRun(*connection).run({plan, {}, DryRunMethod::Transaction, false});
        if (!report.ok()) {
            out << "  failed: " << report.error << (report.up.isEmpty() ? QString() : report.up.constLast().error) << "\n";
            return;
        }
        timings << report.timing;
        if (run == 0)
            out << QStringLiteral("  %1 steps, %2 changes in the diff\n").arg(report.up.size()).arg(report.diff.changes.size());
    }
    std::sort(timings.begin(), timings.end(),
              [](const DryRunTiming &a, const DryRunTiming &b) { return a.executionMs < b.executionMs; });
    const DryRunTiming &t = timings.at(1);
    const double overhead = t.introspectionMs + t.diffMs;
    out << QStringLiteral("  execution %1, introspection %2 (before and after), diff %3 — median run of 3\n")
               .arg(ms(t.executionMs), ms(t.introspectionMs), ms(t.diffMs))
           << QStringLiteral("  introspection + diff = %1 = %2 × execution (target < 1: %3)\n")
                  .arg(ms(overhead))
                  .arg(overhead / t.executionMs, 0, 'f', 2)
                  .arg(overhead < t.executionMs ? u"met"_s : u"MISSED"_s);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // QtSql loads its drivers through it
    QTemporaryDir dir;
    introspection(dir);
    out.flush();
    structuralDiff();
    out.flush();
    dryRunOnPostgres(dir);
    return 0;
}
