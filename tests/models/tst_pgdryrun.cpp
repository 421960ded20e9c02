#include "target/connectionspec.h"
#include "deployment/checks.h"
#include "deployment/deploymentedits.h"
#include "deployment/deploymentreport.h"
#include "workbench/operations.h"

#include "support/testtargets.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! Dry runs on production: the default on PostgreSQL rehearses on a schema copy and never
    blocks a writer of the live table; a transaction, when chosen, gives up under a short
    lock_timeout; a rehearsal profile that names the production database is refused; a
    drift check that cannot make its scratch database says only why. */
class TestPgDryRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void productionCopyDoesNotBlockWriters();
    void productionTransactionFailsFastUnderLockTimeout_data();
    void productionTransactionFailsFastUnderLockTimeout();
    void productionEstimateFromTheCatalog();
    void stagingRecordsWhatEachStatementTook();
    void methodByEnvironment_data();
    void methodByEnvironment();
    void rehearsalNamingProductionIsRefused_data();
    void rehearsalNamingProductionIsRefused();
    void verifyDriftWithoutCreateDb();

private:
    struct Run
    {
        int exit = -1;
        QString out;
        QString err;
    };
    static Run cli(const QStringList &args);
    /*! DIR/godwit.json with the profiles (name → JSON object) and a migrations folder
        holding one migration 0001 with up. */
    static void writeProject(const QString &dir, const QJsonObject &profiles, const QByteArray &up);
    static QJsonObject serverProfile(const ConnectionSpec &spec, const QString &environment, const QString &host = {});
    /*! A live table t with rows, on the target. */
    static void seed(Connection &connection);
};

TestPgDryRun::Run TestPgDryRun::cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C"_s);
    env.remove(u"LC_ALL"_s);
    env.remove(u"LC_MESSAGES"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GODWIT_CLI), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestPgDryRun::writeProject(const QString &dir, const QJsonObject &profiles, const QByteArray &up)
{
    QDir().mkpath(dir + u"/migrations"_s);
    QFile project(dir + u"/godwit.json"_s);
    QVERIFY(project.open(QIODevice::WriteOnly | QIODevice::Truncate));
    project.write(QJsonDocument(QJsonObject{{u"migrations"_s, u"migrations"_s}, {u"profiles"_s, profiles}}).toJson());
    QFile migration(dir + u"/migrations/0001_change.up.sql"_s);
    QVERIFY(migration.open(QIODevice::WriteOnly | QIODevice::Truncate));
    migration.write(up);
}

QJsonObject TestPgDryRun::serverProfile(const ConnectionSpec &spec, const QString &environment, const QString &host)
{
    return {{u"driver"_s, u"postgresql"_s},
            {u"host"_s, host.isEmpty() ? spec.host : host},
            {u"port"_s, spec.port},
            {u"database"_s, spec.database},
            {u"user"_s, spec.user},
            {u"environment"_s, environment}};
}

void TestPgDryRun::seed(Connection &connection)
{
    QSqlQuery q(connection.database());
    QVERIFY2(q.exec(u"CREATE TABLE t (id int PRIMARY KEY, v text)"_s), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"INSERT INTO t SELECT g, 'row ' || g FROM generate_series(1, 5000) g"_s));
    QVERIFY(q.exec(u"ANALYZE t"_s));
}

void TestPgDryRun::productionCopyDoesNotBlockWriters()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"postgresql"_s, dir.path());
    auto admin = test::connect(*target);
    QVERIFY(admin);
    seed(*admin);
    writeProject(dir.path(), {{u"production"_s, serverProfile(*target, u"production"_s)}},
                 "ALTER TABLE t ADD COLUMN extra int;\n"
                 "CREATE INDEX CONCURRENTLY t_v ON t (v);\n"
                 "SELECT pg_sleep(4);\n");
    // A writer holds an open transaction on the live table all along.
    auto writer = test::connect(*target);
    QSqlQuery w(writer->database());
    QVERIFY(w.exec(u"BEGIN"_s));
    QVERIFY(w.exec(u"INSERT INTO t VALUES (100001, 'open')"_s));
    QVERIFY(w.exec(u"SELECT pg_backend_pid()"_s) && w.next());
    const int writerPid = w.value(0).toInt();

    QProcess run;
    run.start(QStringLiteral(GODWIT_CLI), {u"--project"_s, dir.path(), u"--profile"_s, u"production"_s, u"dry-run"_s,
                                           u"--format"_s, u"json"_s});
    // While the rehearsal sleeps, after its ALTER and its index build.
    QSqlQuery q(admin->database());
    bool sleeping = false;
    for (QDeadlineTimer deadline(60000); !deadline.hasExpired() && !sleeping;) {
        QThread::msleep(100);
        sleeping = q.exec(u"SELECT count(*) FROM pg_stat_activity WHERE datname LIKE 'godwit\\_scratch\\_%'"
                          u" AND query LIKE '%pg_sleep%' AND state = 'active'"_s)
                   && q.next() && q.value(0).toInt() > 0;
    }
    QVERIFY2(sleeping, qPrintable(QString::fromUtf8(run.readAllStandardError())));
    auto other = test::connect(*target);
    QSqlQuery o(other->database());
    QVERIFY(o.exec(u"SET statement_timeout = '1s'"_s));
    QVERIFY2(o.exec(u"INSERT INTO t VALUES (100002, 'during the dry run')"_s), qPrintable(o.lastError().text()));
    q.prepare(u"SELECT count(*) FROM pg_locks WHERE relation = 't'::regclass"
              u" AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) AND pid <> ?"_s);
    q.addBindValue(writerPid);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(w.exec(u"COMMIT"_s));

    QVERIFY(run.waitForFinished(60000));
    const QByteArray out = run.readAllStandardOutput();
    QCOMPARE(run.exitCode(), 0);
    const QJsonObject report = QJsonDocument::fromJson(out).object();
    QCOMPARE(report.value(u"method"_s).toString(), u"copy"_s);
    QCOMPARE(report.value(u"methodReason"_s).toString(), u"production-no-live-locks"_s);
    const QString notes = report.value(u"notes"_s).toVariant().toStringList().join(u'\n');
    QVERIFY2(notes.contains(u"holding only the first rows of the tables the plan names"_s), qPrintable(notes));
    // The rows of t were copied while the writer held its transaction open.
    QVERIFY2(notes.contains(u"the scratch database holds the first rows of 1 table the plan names"_s), qPrintable(notes));
    const QJsonArray estimates = report.value(u"rowEstimates"_s).toArray();
    QVERIFY(!estimates.isEmpty());
    QCOMPARE(estimates.first().toObject().value(u"table"_s).toString(), u"t"_s);
    QCOMPARE(estimates.first().toObject().value(u"rows"_s).toDouble(), 5000.0);
    QCOMPARE(report.value(u"diff"_s).toObject().value(u"changes"_s).toArray().size(), 2);
    // The live table is as it was, the rows of both writers in it.
    QVERIFY(q.exec(u"SELECT count(*) FROM information_schema.columns WHERE table_name = 't' AND column_name = 'extra'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(u"SELECT count(*) FROM t"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 5002);
}

void TestPgDryRun::productionTransactionFailsFastUnderLockTimeout_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("said");
    QTest::newRow("waits") << u"ALTER TABLE t ADD COLUMN extra int;\n"_s
                           << QStringList{u"gave up waiting for a lock after lock_timeout"_s, u"Dry run FAILED"_s};
    // A migration may not lift the cap: the statement is not run, and the ALTER after it
    // still does not wait (it is not reached, or fails fast).
    const QStringList lifted{u"0001_change.up.sql:1:"_s, u"not rehearsable on a copy: it changes lock_timeout"_s,
                             u"Dry run NOT PASSED"_s};
    QTest::newRow("SET") << u"SET lock_timeout = 0;\nALTER TABLE t ADD COLUMN extra int;\n"_s << lifted;
    QTest::newRow("SET SESSION") << u"SET SESSION lock_timeout TO '1h';\nALTER TABLE t ADD COLUMN extra int;\n"_s << lifted;
    QTest::newRow("set_config") << u"SELECT set_config('lock_timeout', '0', false);\nALTER TABLE t ADD COLUMN extra int;\n"_s
                                << lifted;
    QTest::newRow("RESET ALL") << u"RESET ALL;\nALTER TABLE t ADD COLUMN extra int;\n"_s << lifted;
}

void TestPgDryRun::productionTransactionFailsFastUnderLockTimeout()
{
    QFETCH(QString, script);
    QFETCH(QStringList, said);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"postgresql"_s, dir.path());
    auto admin = test::connect(*target);
    QVERIFY(admin);
    seed(*admin);
    writeProject(dir.path(), {{u"production"_s, serverProfile(*target, u"production"_s)}}, script.toUtf8());
    auto writer = test::connect(*target);
    QSqlQuery w(writer->database());
    QVERIFY(w.exec(u"BEGIN"_s));
    QVERIFY(w.exec(u"INSERT INTO t VALUES (100001, 'open')"_s));

    QElapsedTimer timer;
    timer.start();
    const Run r = cli({u"--project"_s, dir.path(), u"--profile"_s, u"production"_s, u"dry-run"_s, u"--method"_s,
                       u"transaction"_s});
    const qint64 ms = timer.elapsed();
    QVERIFY(w.exec(u"COMMIT"_s));
    QCOMPARE(r.exit, 1);
    QVERIFY2(ms < 15000, qPrintable(QString::number(ms)));
    QVERIFY2(r.out.contains(u"Method: transaction (chosen explicitly)"_s), qPrintable(r.out));
    for (const QString &text : said)
        QVERIFY2(r.out.contains(text), qPrintable(r.out));
}

void TestPgDryRun::productionEstimateFromTheCatalog()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"postgresql"_s, dir.path());
    auto admin = test::connect(*target);
    QVERIFY(admin);
    seed(*admin);
    writeProject(dir.path(), {{u"production"_s, serverProfile(*target, u"production"_s)}}, "CREATE INDEX t_v ON t (v);\n");
    const Project project = *loadProject(dir.path()).project;
    const DeploymentContext context = deploymentContext(
        Workspace{project, *connectionFromProfile(*project.profile(u"production"_s), project.directory).spec, {}},
        ChecklistTemplate::defaults(), u"tester"_s);
    const PlanBinding binding = bindPlan(context.workspace, {});
    QVERIFY2(binding.error.isEmpty(), qPrintable(binding.error));
    const Deployment d = startDeployment(dir.path(), ChecklistTemplate::defaults(), *project.profile(u"production"_s),
                                         context.workspace.target.display(), u"postgresql"_s, binding.from, {},
                                         binding.steps, binding.plan, signNow(u"tester"_s));
    CancelToken cancel;
    const QList<ItemResult> results = runChecks(context, d, {u"estimate"_s}, cancel, {});
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.first().state == ItemState::Done, qPrintable(results.first().error.english()));
    // The copy took t's rows (5,000: fewer than a sample's limit), so the time is measured.
    const QString summary = results.first().summary.english();
    QVERIFY2(summary.startsWith(u"about "_s) && summary.contains(u"holding ShareLock on t (5000 rows)"_s)
                 && !summary.contains(u"held no rows"_s),
             qPrintable(summary));
    const auto &estimate = std::get<EstimateEvidence>(results.first().evidence);
    QVERIFY(estimate.basis.contains(u"copy"_s));
    QCOMPARE(estimate.tables.size(), 1);
    QCOMPARE(estimate.tables.first().rows, 5000);
    QCOMPARE(estimate.tables.first().source, u"pg_class.reltuples"_s); // read from the target
}

// The staging dry run records, per statement, the locks it took; the deployment report
// shows them.
void TestPgDryRun::stagingRecordsWhatEachStatementTook()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(production, u"postgresql"_s, dir.filePath(u"production"_s));
    GODWIT_FRESH_TARGET(staging, u"postgresql"_s, dir.filePath(u"staging"_s));
    for (const ConnectionSpec &spec : {*production, *staging}) {
        auto admin = test::connect(spec);
        QVERIFY(admin);
        seed(*admin);
    }
    writeProject(dir.path(),
                 {{u"production"_s, serverProfile(*production, u"production"_s)},
                  {u"staging"_s, serverProfile(*staging, u"staging"_s)}},
                 "CREATE INDEX t_v ON t (v);\n");
    const Project project = *loadProject(dir.path()).project;
    const DeploymentContext context = deploymentContext(
        Workspace{project, *connectionFromProfile(*project.profile(u"production"_s), project.directory).spec, {}},
        ChecklistTemplate::defaults(), u"tester"_s);
    const PlanBinding binding = bindPlan(context.workspace, {});
    Deployment d = startDeployment(dir.path(), ChecklistTemplate::defaults(), *project.profile(u"production"_s),
                                   context.workspace.target.display(), u"postgresql"_s, binding.from, {},
                                   binding.steps, binding.plan, signNow(u"tester"_s));
    CancelToken cancel;
    const QList<ItemResult> results = runChecks(context, d, {u"staging-dry-run"_s}, cancel, {});
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.first().state == ItemState::Done, qPrintable(results.first().error.english()));
    const QStringList locks = std::get<StagingEvidence>(results.first().evidence).locks;
    const QString expected = u"0001 statement 1 (0001_change.up.sql:1): ShareLock on t: blocks writes to t"_s;
    QVERIFY2(std::any_of(locks.cbegin(), locks.cend(), [&](const QString &l) { return l.startsWith(expected); }),
             qPrintable(locks.join(u'\n')));
    applyResult(d, results.first(), signNow(u"tester"_s));
    const QString report = deploymentReport(d, ReportFormat::Markdown);
    QVERIFY2(report.contains(u"- Measured: "_s + expected), qPrintable(report));
}

void TestPgDryRun::methodByEnvironment_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("reason");
    QTest::newRow("production auto") << u"production"_s << u"auto"_s << u"copy"_s << u"production-no-live-locks"_s;
    QTest::newRow("production copy") << u"production"_s << u"copy"_s << u"copy"_s << u"chosen"_s;
    QTest::newRow("staging auto") << u"staging"_s << u"auto"_s << u"transaction"_s << u"postgresql-transaction"_s;
    QTest::newRow("development copy") << u"development"_s << u"copy"_s << u"copy"_s << u"chosen"_s;
}

void TestPgDryRun::methodByEnvironment()
{
    QFETCH(QString, environment);
    QFETCH(QString, method);
    QFETCH(QString, expected);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"postgresql"_s, dir.path());
    auto admin = test::connect(*target);
    QVERIFY(admin);
    seed(*admin);
    writeProject(dir.path(), {{u"db"_s, serverProfile(*target, environment)}},
                 "CREATE INDEX t_v ON t (v);\nUPDATE t SET v = v || '!' WHERE id <= 10;\n");
    const Run r = cli({u"--project"_s, dir.path(), u"--profile"_s, u"db"_s, u"dry-run"_s, u"--method"_s, method,
                       u"--format"_s, u"json"_s});
    QVERIFY2(r.exit == 0, qPrintable(r.err + r.out));
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(report.value(u"method"_s).toString(), expected);
    QCOMPARE(report.value(u"methodReason"_s).toString(), reason);
    QCOMPARE(report.value(u"up"_s).toArray().first().toObject().value(u"statements"_s).toArray().size(), 2);
    QSqlQuery q(admin->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM pg_indexes WHERE indexname = 't_v'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(u"SELECT count(*) FROM t WHERE v LIKE '%!'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestPgDryRun::rehearsalNamingProductionIsRefused_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<bool>("same");
    QTest::newRow("sqlite through a symlink") << u"sqlite"_s << true;
    QTest::newRow("sqlite, a file of its own") << u"sqlite"_s << false;
    QTest::newRow("postgresql, localhost and 127.0.0.1") << u"postgresql"_s << true;
}

void TestPgDryRun::rehearsalNamingProductionIsRefused()
{
    QFETCH(QString, engine);
    QFETCH(bool, same);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    QJsonObject production;
    QJsonObject staging;
    if (engine == u"sqlite") {
        QDir().mkpath(dir.filePath(u"data"_s));
        QVERIFY(test::connect(ConnectionSpec{Dialect::SQLite, dir.filePath(u"data/prod.sqlite"_s)}));
        QVERIFY(test::connect(ConnectionSpec{Dialect::SQLite, dir.filePath(u"data/other.sqlite"_s)}));
        QVERIFY(QFile::link(same ? dir.filePath(u"data/prod.sqlite"_s) : dir.filePath(u"data/other.sqlite"_s),
                            dir.filePath(u"link.sqlite"_s)));
        production = {{u"driver"_s, u"sqlite"_s}, {u"path"_s, u"data/../data/prod.sqlite"_s},
                      {u"environment"_s, u"production"_s}};
        staging = {{u"driver"_s, u"sqlite"_s}, {u"path"_s, u"link.sqlite"_s}, {u"environment"_s, u"staging"_s}};
    } else {
        production = serverProfile(*target, u"production"_s);
        staging = serverProfile(*target, u"staging"_s, u"localhost"_s);
    }
    writeProject(dir.path(), {{u"production"_s, production}, {u"staging"_s, staging}}, "CREATE TABLE a (id int);\n");

    // The CLI.
    const Run r = cli({u"--project"_s, dir.path(), u"--profile"_s, u"staging"_s, u"dry-run"_s});
    if (!same) {
        QVERIFY2(r.exit == 0 && r.out.contains(u"Dry run passed"_s), qPrintable(r.err + r.out));
        return;
    }
    QVERIFY2(r.exit != 0, qPrintable(r.out));
    QVERIFY2(!r.out.contains(u"Dry run passed"_s), qPrintable(r.out));
    QVERIFY2(r.err.contains(u"profile \"staging\""_s) && r.err.contains(u"production profile \"production\""_s),
             qPrintable(r.err));

    // The checklist's staging item, on a deployment to production.
    const Project project = *loadProject(dir.path()).project;
    DeploymentContext context = deploymentContext(
        Workspace{project, *connectionFromProfile(*project.profile(u"production"_s), project.directory).spec, {}},
        ChecklistTemplate::defaults(), u"tester"_s);
    QVERIFY2(context.staging, qPrintable(context.stagingError));
    const PlanBinding binding = bindPlan(context.workspace, {});
    QVERIFY2(binding.error.isEmpty(), qPrintable(binding.error));
    const Deployment d = startDeployment(dir.path(), ChecklistTemplate::defaults(), *project.profile(u"production"_s),
                                         context.workspace.target.display(), engine, binding.from, {}, binding.steps,
                                         binding.plan, signNow(u"tester"_s));
    CancelToken cancel;
    const QList<ItemResult> results = runChecks(context, d, {u"staging-dry-run"_s}, cancel, {});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().state, ItemState::Failed);
    QVERIFY2(results.first().error.english().contains(u"profile \"staging\""_s)
                 && results.first().error.english().contains(u"production profile \"production\""_s),
             qPrintable(results.first().error.english()));
}

void TestPgDryRun::verifyDriftWithoutCreateDb()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"postgresql"_s, dir.path());
    writeProject(dir.path(), {}, "CREATE TABLE a (id int);\n");
    const QString url = u"postgres://%1@%2:%3/%4"_s.arg(target->user, target->host).arg(target->port).arg(target->database);
    const Run up = cli({u"--project"_s, dir.path(), u"--url"_s, url, u"up"_s});
    QVERIFY2(up.exit == 0, qPrintable(up.err + up.out));
    const QString role = u"nocreatedb_"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    auto admin = test::connect(*target);
    QSqlQuery q(admin->database());
    QVERIFY2(q.exec(u"CREATE ROLE %1 LOGIN NOCREATEDB"_s.arg(role)), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_s.arg(role)));
    const QString limited = u"postgres://%1@%2:%3/%4"_s.arg(role, target->host).arg(target->port).arg(target->database);
    for (const QString &format : {u"text"_s, u"json"_s}) {
        const Run r = cli({u"--project"_s, dir.path(), u"--url"_s, limited, u"verify"_s, u"--drift"_s, u"--format"_s,
                           format});
        QCOMPARE(r.exit, 1);
        QVERIFY2(!r.out.contains(u"no structural change"_s) && !r.out.contains(u"\"drift\""_s), qPrintable(r.out));
        QVERIFY2(r.err.contains(u"permission denied to create database"_s), qPrintable(r.err));
    }
}

QTEST_GUILESS_MAIN(TestPgDryRun)
#include "tst_pgdryrun.moc"
