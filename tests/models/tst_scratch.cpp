#include "target/connectionspec.h"
#include "database/scratchdatabase.h"

#include "support/testtargets.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QScopeGuard>
#include <QVariant>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! Scratch databases left by a run killed with SIGKILL are dropped by the next run, which
    says so; one whose owner is alive is never touched. On PostgreSQL (a shadow dry run) and
    MariaDB (a copy dry run), with the real godwit-cli killed mid-run. */
class TestScratch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deadRunsScratchIsDropped_data() { rows(); }
    void deadRunsScratchIsDropped();
    void liveRunsScratchIsLeftAlone_data() { rows(); }
    void liveRunsScratchIsLeftAlone();
    void deadSqliteRunsFolderIsRemoved();

private:
    static void rows();
    /*! A project folder whose one migration creates a table and then sleeps (or not). */
    static QString project(const QString &dir, const QString &engine, bool sleeps);
    static QString url(const ConnectionSpec &spec);
    static QStringList dryRun(const QString &engine, const QString &folder, const ConnectionSpec &target);
    /*! The scratch databases on the server, by name. */
    static QStringList scratches(Connection &admin);
    /*! Waits until a dry run sleeps in a scratch database; its name. */
    static QString sleepingScratch(Connection &admin);
    /*! Whether the server still sees the owner of scratch alive. */
    static bool ownerSeenAlive(Connection &admin, const QString &scratch);
};

void TestScratch::rows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("postgresql, shadow") << u"postgresql"_s;
    QTest::newRow("mariadb, copy") << u"mariadb"_s;
}

QString TestScratch::project(const QString &dir, const QString &engine, bool sleeps)
{
    const QString folder = dir + (sleeps ? u"/sleeping"_s : u"/quick"_s);
    QDir().mkpath(folder);
    QFile up(folder + u"/0001_t.up.sql"_s);
    if (up.open(QIODevice::WriteOnly)) {
        up.write("CREATE TABLE made_by_dry_run (id int);\n");
        if (sleeps)
            up.write(engine == u"postgresql" ? "SELECT pg_sleep(60);\n" : "SELECT SLEEP(60);\n");
    }
    return folder;
}

QString TestScratch::url(const ConnectionSpec &spec)
{
    return u"%1://%2@%3:%4/%5"_s.arg(spec.dialect == Dialect::PostgreSQL ? u"postgres"_s : u"mariadb"_s, spec.user,
                                     spec.host)
        .arg(spec.port)
        .arg(spec.database);
}

QStringList TestScratch::dryRun(const QString &engine, const QString &folder, const ConnectionSpec &target)
{
    return {u"--project"_s, folder, u"--url"_s, url(target), u"dry-run"_s, u"--method"_s,
            engine == u"postgresql" ? u"shadow"_s : u"copy"_s};
}

QStringList TestScratch::scratches(Connection &admin)
{
    QStringList names;
    QSqlQuery q(admin.database());
    if (q.exec(admin.dialect() == Dialect::PostgreSQL
                   ? u"SELECT datname FROM pg_database WHERE datname LIKE 'godwit\\_scratch\\_%'"_s
                   : u"SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'godwit\\\\_scratch\\\\_%'"_s)) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}

QString TestScratch::sleepingScratch(Connection &admin)
{
    QSqlQuery q(admin.database());
    const QString sql = admin.dialect() == Dialect::PostgreSQL
                            ? u"SELECT datname FROM pg_stat_activity WHERE datname LIKE 'godwit\\_scratch\\_%'"
                              u" AND query LIKE '%pg_sleep(60)%' AND state = 'active'"_s
                            : u"SELECT DB FROM information_schema.PROCESSLIST WHERE DB LIKE 'godwit\\\\_scratch\\\\_%'"
                              u" AND INFO LIKE '%SLEEP(60)%'"
                              // a killed run's statement sleeps on in the database the next run dropped
                              u" AND DB IN (SELECT SCHEMA_NAME FROM information_schema.SCHEMATA)"_s;
    for (QDeadlineTimer deadline(60000); !deadline.hasExpired();) {
        if (q.exec(sql) && q.next())
            return q.value(0).toString();
        QThread::msleep(100);
    }
    return {};
}

bool TestScratch::ownerSeenAlive(Connection &admin, const QString &scratch)
{
    QSqlQuery q(admin.database());
    if (admin.dialect() == Dialect::PostgreSQL) {
        q.prepare(u"SELECT count(*) FROM pg_stat_activity WHERE application_name = ?"_s);
        q.addBindValue(scratch);
        return q.exec() && q.next() && q.value(0).toInt() > 0;
    }
    q.prepare(u"SELECT IS_FREE_LOCK(?)"_s);
    q.addBindValue(scratch);
    return q.exec() && q.next() && q.value(0).toInt() == 0;
}

void TestScratch::deadRunsScratchIsDropped()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    auto admin = test::connect(*target);
    QVERIFY(admin);

    QProcess killed;
    killed.start(QStringLiteral(GODWIT_CLI), dryRun(engine, project(dir.path(), engine, true), *target));
    const QString left = sleepingScratch(*admin);
    QVERIFY2(!left.isEmpty(), qPrintable(QString::fromUtf8(killed.readAllStandardError())));
    killed.kill(); // SIGKILL: no destructor runs
    QVERIFY(killed.waitForFinished(10000));
    QVERIFY(scratches(*admin).contains(left));
    // The server notices the dead client as a later run would.
    for (QDeadlineTimer deadline(20000); ownerSeenAlive(*admin, left) && !deadline.hasExpired();)
        QThread::msleep(100);
    QVERIFY(!ownerSeenAlive(*admin, left));

    QProcess later;
    later.start(QStringLiteral(GODWIT_CLI), dryRun(engine, project(dir.path(), engine, false), *target));
    QVERIFY(later.waitForFinished(60000));
    const QString out = QString::fromUtf8(later.readAllStandardOutput());
    QVERIFY2(later.exitCode() == 0, qPrintable(out + QString::fromUtf8(later.readAllStandardError())));
    QVERIFY2(out.contains(u"dropped %1 left by a run that died"_s.arg(left)), qPrintable(out));
    QVERIFY(!scratches(*admin).contains(left));
}

void TestScratch::liveRunsScratchIsLeftAlone()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    auto admin = test::connect(*target);
    QVERIFY(admin);

    QProcess running;
    running.start(QStringLiteral(GODWIT_CLI), dryRun(engine, project(dir.path(), engine, true), *target));
    const QString live = sleepingScratch(*admin);
    QVERIFY2(!live.isEmpty(), qPrintable(QString::fromUtf8(running.readAllStandardError())));
    const auto stop = [&] {
        running.kill();
        running.waitForFinished(10000);
    };

    QProcess other;
    other.start(QStringLiteral(GODWIT_CLI), dryRun(engine, project(dir.path(), engine, false), *target));
    QVERIFY(other.waitForFinished(60000));
    const QString out = QString::fromUtf8(other.readAllStandardOutput());
    const bool left = scratches(*admin).contains(live);
    const bool stillRunning = !running.waitForFinished(0);
    stop();
    QVERIFY2(other.exitCode() == 0 && !out.contains(live), qPrintable(out + QString::fromUtf8(other.readAllStandardError())));
    QVERIFY2(left, qPrintable(live));
    QVERIFY(stillRunning);

    // Killed now: the next run drops it.
    for (QDeadlineTimer deadline(20000); ownerSeenAlive(*admin, live) && !deadline.hasExpired();)
        QThread::msleep(100);
    QProcess last;
    last.start(QStringLiteral(GODWIT_CLI), dryRun(engine, project(dir.path(), engine, false), *target));
    QVERIFY(last.waitForFinished(60000));
    QVERIFY(!scratches(*admin).contains(live));
}

// A SQLite dry run killed with SIGKILL leaves its copy in a temporary folder named after
// its process; the next dry run removes it, and leaves a live process's folder alone.
void TestScratch::deadSqliteRunsFolderIsRemoved()
{
    QTemporaryDir dir;
    const QString tmp = dir.filePath(u"tmp"_s);
    const QString database = dir.filePath(u"target.sqlite3"_s);
    QVERIFY(QDir().mkpath(tmp));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"seed"_s);
        db.setDatabaseName(database);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE kept (id integer)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"seed"_s);
    const auto write = [&](const QString &name, const QByteArray &sql) {
        QDir().mkpath(dir.filePath(name));
        QFile up(dir.filePath(name + u"/0001_t.up.sql"_s));
        return up.open(QIODevice::WriteOnly) && up.write(sql) == sql.size();
    };
    QVERIFY(write(u"slow"_s, "CREATE TABLE t (id integer);\n"
                             "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000000)"
                             " SELECT count(*) FROM c;\n"));
    QVERIFY(write(u"quick"_s, "CREATE TABLE t (id integer);\n"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TMPDIR"_s, tmp);
    const auto args = [&](const QString &folder) {
        return QStringList{u"--project"_s, dir.filePath(folder), u"--url"_s, u"sqlite:"_s + database, u"dry-run"_s};
    };
    const QString alive = tmp + u"/godwit-scratch-%1-live00"_s.arg(QCoreApplication::applicationPid());
    QVERIFY(QDir().mkpath(alive));
    // A run in another PID namespace: its number names no process here, its lock is held.
    const QString elsewhere = tmp + u"/godwit-scratch-4194300-ns0000"_s;
    QVERIFY(QDir().mkpath(elsewhere));
    const int held = ::open(QFile::encodeName(elsewhere + u"/owner.lock"_s).constData(), O_RDWR | O_CREAT, 0600);
    QVERIFY(held >= 0 && ::flock(held, LOCK_EX | LOCK_NB) == 0);
    const auto release = qScopeGuard([held] { ::close(held); });

    QProcess killed;
    killed.setProcessEnvironment(env);
    killed.start(QStringLiteral(GODWIT_CLI), args(u"slow"_s));
    QVERIFY(killed.waitForStarted());
    const QString prefix = u"godwit-scratch-%1-"_s.arg(killed.processId());
    QString left;
    for (QDeadlineTimer deadline(30000); left.isEmpty() && !deadline.hasExpired(); QThread::msleep(50)) {
        const QStringList made = QDir(tmp).entryList({prefix + u'*'}, QDir::Dirs);
        if (!made.isEmpty() && QFile::exists(tmp + u'/' + made.first() + u"/scratch.sqlite3"_s))
            left = tmp + u'/' + made.first();
    }
    QVERIFY2(!left.isEmpty(), qPrintable(QString::fromUtf8(killed.readAllStandardError())));
    QThread::msleep(500); // into the slow statement
    killed.kill(); // SIGKILL: no destructor runs
    QVERIFY(killed.waitForFinished(10000));
    QVERIFY(QFileInfo::exists(left));

    QProcess later;
    later.setProcessEnvironment(env);
    later.start(QStringLiteral(GODWIT_CLI), args(u"quick"_s));
    QVERIFY(later.waitForFinished(60000));
    const QString out = QString::fromUtf8(later.readAllStandardOutput());
    QVERIFY2(later.exitCode() == 0, qPrintable(out + QString::fromUtf8(later.readAllStandardError())));
    QVERIFY2(out.contains(u"removed %1 left by a run that died"_s.arg(left)), qPrintable(out));
    QVERIFY(!QFileInfo::exists(left));
    QVERIFY(QFileInfo::exists(alive));
    QVERIFY(QFileInfo::exists(elsewhere));
}

QTEST_GUILESS_MAIN(TestScratch)
#include "tst_scratch.moc"
