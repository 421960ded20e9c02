#include "support/testtargets.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! godwit-cli's promises on production and in CI, as a real process against real targets:
    the production gate (checklist, --override, the typed name on a terminal), verify's
    checksums, status's exit code, plans checked whole before they run, and signals. */
class TestCliGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void productionUpIsGated_data() { test::addEngineRows(); }
    void productionUpIsGated();
    void productionUpWithACompletedChecklist();
    void gateHoldsWhateverTheRoute_data();
    void gateHoldsWhateverTheRoute();
    void rollBackOnProduction_data() { test::addEngineRows(); }
    void rollBackOnProduction();
    void verifyNamesEachFile();
    void statusExitsOneOnProblems();
    void editedScriptIsNamedByDriftAndStopsUp();
    void laterUnsplittableScriptAppliesNothing_data() { test::addEngineRows(); }
    void laterUnsplittableScriptAppliesNothing();
    void signalCancelsTheRunningStatement_data();
    void signalCancelsTheRunningStatement();
    void waitingForTheLockIsCancellableAndNamesTheHolder_data();
    void waitingForTheLockIsCancellableAndNamesTheHolder();
    void interruptedRunHasAReason();

private:
    struct Run
    {
        int exit = -1;
        QString out;
        QString err;
    };
    /*! With terminal, under script(1) so that stdin and stderr are a terminal; input is typed. */
    Run cli(const QStringList &args, bool terminal = false, const QByteArray &input = {});
    QProcess *start(const QStringList &args);
    void writeProject(const QString &dir, const ConnectionSpec &target, const QString &checklist = {},
                      const QString &environment = u"production"_s);
    void writeFile(const QString &path, const QByteArray &text);
    QStringList auditActions(const ConnectionSpec &target, QStringList *details = nullptr);
    QStringList historyRows(const ConnectionSpec &target);
    int sessionsOn(const ConnectionSpec &target);
    /*! Whether another session on the target runs a statement containing text. */
    bool running(const ConnectionSpec &target, const QString &text);

    QString m_dir;
};

TestCliGate::Run TestCliGate::cli(const QStringList &args, bool terminal, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GODWIT_USER"_s, u"tester"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir);
    QStringList full = QStringList{QStringLiteral(GODWIT_CLI), u"--project"_s, m_dir} + args;
    if (terminal) {
        QStringList quoted;
        for (const QString &a : std::as_const(full))
            quoted << u'\'' + QString(a).replace(u"'"_s, u"'\\''"_s) + u'\'';
        p.start(u"script"_s, {u"-qec"_s, quoted.join(u' '), u"/dev/null"_s});
    } else {
        p.start(full.takeFirst(), full);
    }
    p.waitForStarted();
    if (terminal)
        QThread::msleep(500); // the prompt is up before the name is typed
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QProcess *TestCliGate::start(const QStringList &args)
{
    auto *p = new QProcess(this);
    p->setWorkingDirectory(m_dir);
    p->start(QStringLiteral(GODWIT_CLI), QStringList{u"--project"_s, m_dir} + args);
    p->waitForStarted();
    return p;
}

void TestCliGate::writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

// Profile "prod" (in environment) on the target; migrations 1 and 2.
void TestCliGate::writeProject(const QString &dir, const ConnectionSpec &target, const QString &checklist,
                               const QString &environment)
{
    m_dir = dir;
    QJsonObject prod{{u"environment"_s, environment}};
    if (target.dialect == Dialect::SQLite) {
        prod.insert(u"driver"_s, u"sqlite"_s);
        prod.insert(u"path"_s, target.path);
    } else {
        prod.insert(u"driver"_s, target.dialect == Dialect::PostgreSQL ? u"postgresql"_s : u"mysql"_s);
        prod.insert(u"host"_s, target.host);
        prod.insert(u"port"_s, target.port);
        prod.insert(u"database"_s, target.database);
        prod.insert(u"user"_s, target.user);
    }
    QJsonObject root{{u"migrations"_s, u"migrations"_s},
                     {u"format"_s, u"golang-migrate"_s},
                     {u"settings"_s, QJsonObject{{u"runLockTimeoutSeconds"_s, 20}}},
                     {u"profiles"_s, QJsonObject{{u"prod"_s, prod}}}};
    if (!checklist.isEmpty()) {
        root.insert(u"checklist"_s, QJsonObject{{u"items"_s, QJsonArray{QJsonObject{{u"id"_s, checklist},
                                                                                    {u"section"_s, u"before"_s},
                                                                                    {u"title"_s, u"Change approved"_s},
                                                                                    {u"required"_s, true}}}}});
    }
    writeFile(dir + u"/godwit.json"_s, QJsonDocument(root).toJson());
    writeFile(dir + u"/migrations/0001_a.up.sql"_s, "CREATE TABLE gate_a (id INTEGER);\n");
    writeFile(dir + u"/migrations/0001_a.down.sql"_s, "DROP TABLE gate_a;\n");
    writeFile(dir + u"/migrations/0002_b.up.sql"_s, "CREATE TABLE gate_b (id INTEGER);\n");
    writeFile(dir + u"/migrations/0002_b.down.sql"_s, "DROP TABLE gate_b;\n");
}

QStringList TestCliGate::auditActions(const ConnectionSpec &target, QStringList *details)
{
    auto connection = test::connect(target);
    QSqlQuery q(connection->database());
    QStringList actions;
    if (q.exec(u"SELECT action, detail, description FROM godwit_audit_log ORDER BY id"_s)) {
        while (q.next()) {
            actions << q.value(0).toString();
            if (details)
                *details << q.value(1).toString() + u" | "_s + q.value(2).toString();
        }
    }
    return actions;
}

QStringList TestCliGate::historyRows(const ConnectionSpec &target)
{
    auto connection = test::connect(target);
    QSqlQuery q(connection->database());
    QStringList rows;
    if (q.exec(u"SELECT version_key, status, error FROM godwit_schema_history ORDER BY version_key"_s)) {
        while (q.next())
            rows << QString::number(q.value(0).toInt()) + u' ' + q.value(1).toString() + u' ' + q.value(2).toString();
    }
    return rows;
}

// The sessions on the target's database other than the one asking.
int TestCliGate::sessionsOn(const ConnectionSpec &target)
{
    auto connection = test::connect(target);
    QSqlQuery q(connection->database());
    const bool pg = target.dialect == Dialect::PostgreSQL;
    q.prepare(pg ? u"SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()"_s
                 : u"SELECT count(*) FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> CONNECTION_ID()"_s);
    q.addBindValue(target.database);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

bool TestCliGate::running(const ConnectionSpec &target, const QString &text)
{
    auto connection = test::connect(target);
    QSqlQuery q(connection->database());
    q.prepare(target.dialect == Dialect::PostgreSQL
                  ? u"SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid() AND query LIKE ?"_s
                  : u"SELECT count(*) FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> CONNECTION_ID() AND INFO LIKE ?"_s);
    q.addBindValue(target.database);
    q.addBindValue(QString(u'%' + text + u'%'));
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

void TestCliGate::gateHoldsWhateverTheRoute_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("route");
    QTest::newRow("sqlite symbolic link") << u"sqlite"_s << u"symbolic link"_s;
    QTest::newRow("sqlite staging profile") << u"sqlite"_s << u"staging profile"_s;
    QTest::newRow("postgresql loopback name") << u"postgresql"_s << u"loopback name"_s;
    QTest::newRow("mariadb staging profile") << u"mariadb"_s << u"staging profile"_s;
}

// However production's database is reached (a symbolic link to its file, another name of
// this machine, a profile tagged staging that points there), up is held at the gate.
void TestCliGate::gateHoldsWhateverTheRoute()
{
    QFETCH(QString, engine);
    QFETCH(QString, route);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    writeProject(dir.path(), *target);
    QStringList args{u"up"_s, u"--project"_s, dir.path()};
    if (route == u"staging profile") {
        QFile file(dir.path() + u"/godwit.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonObject profiles = root.value(u"profiles"_s).toObject();
        QJsonObject stage = profiles.value(u"prod"_s).toObject();
        stage.insert(u"environment"_s, u"staging"_s);
        profiles.insert(u"stage"_s, stage);
        root.insert(u"profiles"_s, profiles);
        writeFile(dir.path() + u"/godwit.json"_s, QJsonDocument(root).toJson());
        args << u"--profile"_s << u"stage"_s;
    } else if (route == u"symbolic link") {
        const QString link = dir.filePath(u"alias.sqlite3"_s);
        QVERIFY(QFile::link(target->path, link));
        args << u"--url"_s << u"sqlite:"_s + link;
    } else {
        ConnectionSpec other = *target;
        other.host = target->host == u"localhost" ? u"127.0.0.1"_s : u"localhost"_s;
        args << u"--url"_s << other.display();
    }
    const Run r = cli(args);
    QCOMPARE(r.exit, 4);
    QVERIFY2(r.err.contains(u"refused on production"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"production profile prod"_s), qPrintable(r.err));
    QCOMPARE(historyRows(*target), QStringList());
}

void TestCliGate::productionUpIsGated()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    writeProject(dir.path(), *target);

    Run r = cli({u"up"_s, u"--profile"_s, u"prod"_s});
    QCOMPARE(r.exit, 4);
    QVERIFY2(r.err.contains(u"refused on production: no deployment under way on production profile prod"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"--override REASON"_s));
    QVERIFY2(r.err.contains(u"godwit-cli checklist start"_s), qPrintable(r.err)); // the remedy, as the CLI says it
    QVERIFY(historyRows(*target).isEmpty());
    // In JSON: the refusal's code and remedies, as ids.
    r = cli({u"up"_s, u"--profile"_s, u"prod"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.exit, 4);
    const QJsonObject refusal = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(refusal.value(u"code"_s).toString(), u"no-deployment"_s);
    QCOMPARE(refusal.value(u"remedies"_s).toVariant().toStringList(),
             (QStringList{u"start-deployment"_s, u"override-reason"_s}));
    // A URL naming the production database does not step around the gate.
    r = cli({u"up"_s, u"--url"_s, target->display()});
    QCOMPARE(r.exit, 4);
    QVERIFY(historyRows(*target).isEmpty());

    r = cli({u"up"_s, u"--profile"_s, u"prod"_s, u"--override"_s, u"hotfix INC-42"_s});
    QVERIFY2(r.exit == 0, qPrintable(r.out + r.err));
    QCOMPARE(historyRows(*target).size(), 2);
    QStringList details;
    const QStringList actions = auditActions(*target, &details);
    QCOMPARE(actions.first(), u"override"_s); // written before the first step
    QVERIFY2(details.first().contains(u"by tester: hotfix INC-42"_s), qPrintable(details.first()));
    QCOMPARE(actions.mid(1), (QStringList{u"up"_s, u"up"_s}));
}

void TestCliGate::productionUpWithACompletedChecklist()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"sqlite"_s, dir.path());
    writeProject(dir.path(), *target, u"approved"_s);
    QCOMPARE(cli({u"--profile"_s, u"prod"_s, u"checklist"_s, u"start"_s}).exit, 0);
    Run r = cli({u"up"_s, u"--profile"_s, u"prod"_s});
    QCOMPARE(r.exit, 4);
    QVERIFY2(r.err.contains(u"required items are not done for this plan: approved"_s), qPrintable(r.err));
    QCOMPARE(cli({u"--profile"_s, u"prod"_s, u"checklist"_s, u"tick"_s, u"approved"_s}).exit, 0);

    // With a terminal the profile's name is typed as well.
    r = cli({u"up"_s, u"--profile"_s, u"prod"_s}, true, "prd\n");
    QCOMPARE(r.exit, 4);
    QVERIFY2(r.out.contains(u"Type the profile's name"_s) && r.out.contains(u"not confirmed"_s), qPrintable(r.out));
    QVERIFY(historyRows(*target).isEmpty());
    r = cli({u"up"_s, u"--profile"_s, u"prod"_s}, true, "prod\n");
    QVERIFY2(r.exit == 0, qPrintable(r.out));
    QCOMPARE(historyRows(*target).size(), 2);
    QStringList details;
    QCOMPARE(auditActions(*target, &details).first(), u"production-gate"_s);
    QVERIFY2(details.first().contains(u"required items done; the profile's name typed"_s), qPrintable(details.first()));

    // A plan the checklist did not see is refused without a terminal.
    writeFile(dir.path() + u"/migrations/0003_c.up.sql"_s, "CREATE TABLE gate_c (id INTEGER);\n");
    r = cli({u"up"_s, u"--profile"_s, u"prod"_s});
    QCOMPARE(r.exit, 4);
    QVERIFY2(r.err.contains(u"is not the one deployment"_s), qPrintable(r.err));
}

void TestCliGate::rollBackOnProduction()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    writeProject(dir.path(), *target);
    QCOMPARE(cli({u"up"_s, u"--profile"_s, u"prod"_s, u"--override"_s, u"set up"_s}).exit, 0);

    // Not checklist-gated, but a person or a reason: no terminal, no reason, no roll back.
    Run r = cli({u"down"_s, u"--profile"_s, u"prod"_s});
    QCOMPARE(r.exit, 4);
    QVERIFY2(r.err.contains(u"needs the profile's name typed by a person"_s) && r.err.contains(u"--override REASON"_s),
             qPrintable(r.err));
    QCOMPARE(historyRows(*target).size(), 2);
    r = cli({u"down"_s, u"--profile"_s, u"prod"_s}, true, "wrong\n");
    QCOMPARE(r.exit, 4);
    QCOMPARE(historyRows(*target).size(), 2);
    r = cli({u"down"_s, u"--profile"_s, u"prod"_s}, true, "prod\n");
    QVERIFY2(r.exit == 0, qPrintable(r.out));
    QCOMPARE(historyRows(*target).size(), 1);
    r = cli({u"down"_s, u"--profile"_s, u"prod"_s, u"--override"_s, u"INC-7 bad index"_s});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QVERIFY(historyRows(*target).isEmpty());
    QStringList details;
    const QStringList actions = auditActions(*target, &details);
    QCOMPARE(actions.mid(3), (QStringList{u"production-gate"_s, u"down"_s, u"override"_s, u"down"_s}));
    QVERIFY(details.at(3).contains(u"confirmed by typing the profile's name"_s));
    QVERIFY(details.at(5).contains(u"by tester: INC-7 bad index"_s));
}

void TestCliGate::verifyNamesEachFile()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"sqlite"_s, dir.path());
    writeProject(dir.path(), *target);
    const QStringList url{u"--url"_s, u"sqlite:"_s + dir.filePath(u"dev.sqlite"_s)};
    QCOMPARE(cli(url + QStringList{u"up"_s}).exit, 0);
    Run r = cli(url + QStringList{u"verify"_s});
    QVERIFY2(r.exit == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"the 2 applied migration"_s), qPrintable(r.out));

    writeFile(dir.path() + u"/migrations/0001_a.up.sql"_s, "CREATE TABLE gate_a (id INTEGER, extra INTEGER);\n");
    QVERIFY(QFile::remove(dir.path() + u"/migrations/0002_b.up.sql"_s));
    QVERIFY(QFile::remove(dir.path() + u"/migrations/0002_b.down.sql"_s));
    writeFile(dir.path() + u"/migrations/notes.sql"_s, "-- stray\n");
    r = cli(url + QStringList{u"verify"_s});
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.out.contains(u"modified"_s) && r.out.contains(u"0001_a.up.sql changed since it was applied"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"missing"_s) && r.out.contains(u"0002_b.up.sql was applied, but its file is gone"_s));
    QVERIFY(r.out.contains(u"unrecognised"_s) && r.out.contains(u"notes.sql"_s));

    r = cli(url + QStringList{u"verify"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.exit, 1);
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(doc.value(u"ok"_s).toBool(true), false);
    QStringList kinds;
    for (const QJsonValue &p : doc.value(u"problems"_s).toArray())
        kinds << p[u"kind"_s].toString() + u' ' + QFileInfo(p[u"file"_s].toString()).fileName();
    kinds.sort();
    QCOMPARE(kinds, (QStringList{u"missing 0002_b.up.sql"_s, u"modified 0001_a.up.sql"_s, u"unrecognised notes.sql"_s}));
}

void TestCliGate::statusExitsOneOnProblems()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"sqlite"_s, dir.path());
    writeProject(dir.path(), *target);
    const QStringList url{u"--url"_s, u"sqlite:"_s + dir.filePath(u"dev.sqlite"_s)};
    QCOMPARE(cli(url + QStringList{u"status"_s}).exit, 0);
    writeFile(dir.path() + u"/migrations/0003_c.up.sql"_s, "CREATE TABLE c (id INTEGER);\nINSERT INTO c VALUES ('oops);\n");
    Run r = cli(url + QStringList{u"status"_s});
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.out.contains(u"unsplittable"_s) && r.out.contains(u"0003_c.up.sql:2:"_s), qPrintable(r.out));
    QFile::remove(dir.path() + u"/migrations/0003_c.up.sql"_s);
    QCOMPARE(cli(url + QStringList{u"up"_s}).exit, 0);
    QCOMPARE(cli(url + QStringList{u"status"_s}).exit, 0);
    writeFile(dir.path() + u"/migrations/0002_b.up.sql"_s, "CREATE TABLE gate_b (id INTEGER, x INTEGER);\n");
    r = cli(url + QStringList{u"status"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.exit, 1);
    const QJsonArray problems = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"migrationProblems"_s).toArray();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0)[u"kind"_s].toString(), u"modified"_s);
}

void TestCliGate::editedScriptIsNamedByDriftAndStopsUp()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"sqlite"_s, dir.path());
    writeProject(dir.path(), *target);
    const QStringList url{u"--url"_s, u"sqlite:"_s + dir.filePath(u"dev.sqlite"_s)};
    QCOMPARE(cli(url + QStringList{u"up"_s, u"--to"_s, u"1"_s}).exit, 0);
    writeFile(dir.path() + u"/migrations/0001_a.up.sql"_s, "CREATE TABLE gate_a (id INTEGER, extra INTEGER);\n");

    Run r = cli(url + QStringList{u"verify"_s, u"--drift"_s});
    QCOMPARE(r.exit, 1);
    const qsizetype named = r.out.indexOf(u"0001_a.up.sql changed since it was applied"_s);
    QVERIFY2(named > 0 && r.out.contains(u"may come from these edits"_s), qPrintable(r.out));
    QVERIFY2(named < r.out.indexOf(u"extra"_s, named + 40), qPrintable(r.out)); // named before the column it explains

    r = cli(url + QStringList{u"up"_s});
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.err.contains(u"--allow-modified"_s) && r.err.contains(u"0001_a.up.sql"_s), qPrintable(r.err));
    QVERIFY(!r.out.contains(u"0002"_s));
    r = cli(url + QStringList{u"up"_s, u"--allow-modified"_s});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    ConnectionSpec dev = *target;
    dev.path = dir.filePath(u"dev.sqlite"_s);
    QStringList details;
    QVERIFY(auditActions(dev, &details).contains(u"allow-modified"_s));
    QVERIFY(details.join(u'\n').contains(u"0001_a.up.sql"_s));
}

void TestCliGate::laterUnsplittableScriptAppliesNothing()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    writeProject(dir.path(), *target, {}, u"development"_s);
    const QByteArray broken = test::dialectOf(engine) == Dialect::PostgreSQL ? "CREATE FUNCTION f() RETURNS int AS $$\nSELECT 1;\n"
                                                                               : "INSERT INTO gate_a VALUES (1);\nSELECT 'oops;\n";
    writeFile(dir.path() + u"/migrations/0003_c.up.sql"_s, broken);
    const Run r = cli({u"up"_s, u"--url"_s, target->display()});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.startsWith(u"godwit-cli: "_s) && r.err.contains(u"0003_c.up.sql:"_s)
                 && r.err.contains(u"nothing was run"_s),
             qPrintable(r.out + r.err));
    const Run json = cli({u"up"_s, u"--url"_s, target->display(), u"--format"_s, u"json"_s});
    QCOMPARE(json.exit, 2);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"code"_s).toString(), u"script-cannot-run"_s);
    QVERIFY(historyRows(*target).isEmpty());
    auto connection = test::connect(*target);
    QVERIFY(!connection->database().tables().contains(u"gate_a"_s));
    const Run status = cli({u"status"_s, u"--url"_s, target->display()});
    QCOMPARE(status.exit, 1);
    const QString where = test::dialectOf(engine) == Dialect::PostgreSQL ? u"0003_c.up.sql:1:36: unterminated dollar-quoted"_s
                                                                          : u"0003_c.up.sql:2:8: unterminated"_s;
    QVERIFY2(status.out.contains(u"unsplittable"_s) && status.out.contains(where), qPrintable(status.out));
}

void TestCliGate::signalCancelsTheRunningStatement_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("signal");
    for (const QString &engine : {u"postgresql"_s, u"mariadb"_s}) {
        QTest::addRow("%s SIGINT", qPrintable(engine)) << engine << SIGINT;
        QTest::addRow("%s SIGTERM", qPrintable(engine)) << engine << SIGTERM;
    }
}

void TestCliGate::signalCancelsTheRunningStatement()
{
    QFETCH(QString, engine);
    QFETCH(int, signal);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    writeProject(dir.path(), *target, {}, u"development"_s);
    const bool pg = target->dialect == Dialect::PostgreSQL;
    writeFile(dir.path() + u"/migrations/0002_b.up.sql"_s,
              pg ? "CREATE TABLE gate_b (id INTEGER);\nSELECT pg_sleep(30);\nSELECT 1;\n"
                 : "CREATE TABLE gate_b (id INTEGER);\nSELECT SLEEP(30);\nSELECT 1;\n");
    QProcess *p = start({u"up"_s, u"--url"_s, target->display()});
    QTRY_VERIFY_WITH_TIMEOUT(running(*target, pg ? u"pg_sleep(30)"_s : u"SLEEP(30)"_s), 15000);
    QElapsedTimer timer;
    timer.start();
    ::kill(pid_t(p->processId()), signal);
    QVERIFY(p->waitForFinished(5000));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QCOMPARE(p->exitCode(), 128 + signal);
    QTRY_COMPARE_WITH_TIMEOUT(sessionsOn(*target), 0, 2000);
    // PostgreSQL rolled the migration back; MariaDB, where DDL commits, recorded where it stopped.
    const QStringList rows = historyRows(*target);
    QCOMPARE(rows.size(), pg ? 1 : 2);
    QVERIFY(rows.at(0).startsWith(u"1 applied"_s));
    if (pg) {
        auto connection = test::connect(*target);
        QVERIFY(!connection->database().tables().contains(u"gate_b"_s));
        QCOMPARE(cli({u"up"_s, u"--url"_s, target->display()}).exit, 0); // the lock is free
        return;
    }
    QVERIFY2(rows.at(1).startsWith(u"2 failed "_s) && rows.at(1).contains(u"cancelled"_s), qPrintable(rows.at(1)));
    // The run lock is free: a repair takes it at once.
    const Run repair = cli({u"repair"_s, u"2"_s, u"--mark-applied"_s, u"--url"_s, target->display()});
    QVERIFY2(repair.exit == 0, qPrintable(repair.err));
}

void TestCliGate::waitingForTheLockIsCancellableAndNamesTheHolder_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("postgresql") << u"postgresql"_s;
    QTest::newRow("mariadb") << u"mariadb"_s;
}

void TestCliGate::waitingForTheLockIsCancellableAndNamesTheHolder()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    writeProject(dir.path(), *target, {}, u"development"_s);
    const bool pg = target->dialect == Dialect::PostgreSQL;
    writeFile(dir.path() + u"/migrations/0001_a.up.sql"_s, pg ? "SELECT pg_sleep(30);\n" : "SELECT SLEEP(30);\n");
    QProcess *holder = start({u"up"_s, u"--url"_s, target->display()});
    QTRY_VERIFY_WITH_TIMEOUT(running(*target, pg ? u"pg_sleep(30)"_s : u"SLEEP(30)"_s), 15000);
    QProcess *waiter = start({u"up"_s, u"--url"_s, target->display()});
    QString said;
    QTRY_VERIFY_WITH_TIMEOUT((said += QString::fromUtf8(waiter->readAllStandardError())).contains(u"waiting for the migration lock"_s),
                             10000);
    QVERIFY2(said.contains(pg ? u"server process"_s : u"connection"_s) && said.contains(target->user), qPrintable(said));
    QElapsedTimer timer;
    timer.start();
    ::kill(pid_t(waiter->processId()), SIGINT);
    QVERIFY(waiter->waitForFinished(5000));
    QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(waiter->exitCode(), 130);
    ::kill(pid_t(holder->processId()), SIGINT);
    QVERIFY(holder->waitForFinished(5000));
    QCOMPARE(holder->exitCode(), 130);
}

// After a kill the history keeps a started row: status, up and repair say what happened.
void TestCliGate::interruptedRunHasAReason()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"mariadb"_s, dir.path());
    writeProject(dir.path(), *target, {}, u"development"_s);
    writeFile(dir.path() + u"/migrations/0002_b.up.sql"_s, "CREATE TABLE gate_b (id INTEGER);\nSELECT SLEEP(30);\nSELECT 1;\n");
    QProcess *p = start({u"up"_s, u"--url"_s, target->display()});
    QTRY_VERIFY_WITH_TIMEOUT(running(*target, u"SLEEP(30)"_s), 15000);
    ::kill(pid_t(p->processId()), SIGKILL);
    QVERIFY(p->waitForFinished(5000));
    Run r = cli({u"up"_s, u"--url"_s, target->display()});
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.err.contains(u"0002 b: the run was interrupted (its process ended) after statement 1 of 3"_s), qPrintable(r.err));
    r = cli({u"repair"_s, u"--url"_s, target->display()});
    QVERIFY2(r.out.contains(u"the run was interrupted"_s), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCliGate)
#include "tst_cligate.moc"
