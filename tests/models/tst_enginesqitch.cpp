#include "support/peerruns.h"

#include "migrations/graphformats.h"
#include "plan/plan.h"
#include "sql/dialect.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;
using godwit::test::cli;

/*! sqitch projects deployed by Godwit and by the real sqitch (Debian's package) on SQLite
    and PostgreSQL (the server from ctest's "servers" fixture): the same plan, with tags and
    reworked changes, leaves the same schema; reverting leaves the same again; a failing
    verify script fails its change (issue #16); a database sqitch deployed part of a plan to
    is found and adopted from its registry (issue #17). */
class TestEngineSqitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameSchemaAsSqitch_data();
    void sameSchemaAsSqitch();
    void failingVerifyFailsTheChange();
    void stepScriptRunsVerify();
    void registryAdopted_data();
    void registryAdopted();
    void registryWritten_data();
    void registryWritten();
    void secondProjectRegistered_data();
    void secondProjectRegistered();

private:
    QTemporaryDir m_home;
};

namespace {

QStringList rows(Connection &connection, const QString &sql)
{
    QStringList values;
    QSqlQuery q(connection.database());
    if (!q.exec(sql))
        return {u"query failed: "_s + sql};
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields << q.value(i).toString();
        values << fields.join(u" | "_s);
    }
    return values;
}

// The application's objects in every schema, without Godwit's history and sqitch's registry.
QStringList schemaOf(Connection &connection)
{
    if (connection.dialect() == Dialect::SQLite)
        return rows(connection, u"SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'godwit_%' "
                                u"AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
    const QString user = u"NOT IN ('pg_catalog', 'information_schema', 'sqitch', 'pg_toast')"_s;
    return rows(connection, u"SELECT table_schema, table_name, column_name, data_type, is_nullable, "
                            u"coalesce(column_default, '') FROM information_schema.columns WHERE table_schema "_s
                                + user + u" AND table_name NOT LIKE 'godwit_%' ORDER BY 1, 2, 3"_s)
           + rows(connection, u"SELECT schemaname, indexname, indexdef FROM pg_indexes WHERE schemaname "_s + user
                                  + u" AND tablename NOT LIKE 'godwit_%' ORDER BY 1, 2"_s)
           + rows(connection, u"SELECT n.nspname, p.proname, md5(p.prosrc) FROM pg_proc p JOIN pg_namespace n "
                              u"ON n.oid = p.pronamespace WHERE n.nspname "_s
                                  + user + u" AND p.proname NOT LIKE 'godwit_%' ORDER BY 1, 2"_s)
           + rows(connection, u"SELECT nspname FROM pg_namespace WHERE nspname "_s + user
                                  + u" AND nspname NOT LIKE 'pg_%' AND nspname <> 'public' ORDER BY 1"_s);
}

// The lines of one side that the other lacks, marked "ours:" or "sqitch's:".
QStringList difference(const QStringList &ours, const QStringList &theirs)
{
    QStringList lines;
    for (const QString &line : ours) {
        if (!theirs.contains(line))
            lines << u"ours: "_s + line;
    }
    for (const QString &line : theirs) {
        if (!ours.contains(line))
            lines << u"sqitch's: "_s + line;
    }
    return lines;
}

QString copyFixture(const QString &name, const QTemporaryDir &dir)
{
    const QString from = QStringLiteral(GODWIT_TEST_DATA "/sqitch/") + name;
    const QString to = dir.filePath(name);
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + file.mid(from.size());
        QDir().mkpath(QFileInfo(target).path());
        QFile::copy(file, target);
    }
    return to;
}

// sqitch's URI of a test target: db:pg://godwit@127.0.0.1:PORT/DB, or db:sqlite:FILE.
QString sqitchUri(const ConnectionSpec &spec)
{
    if (spec.dialect == Dialect::SQLite)
        return u"db:sqlite:"_s + spec.path;
    const QString scheme = spec.dialect == Dialect::MySQL ? u"mysql"_s : u"pg"_s;
    return u"db:%1://%2@%3:%4/%5"_s.arg(scheme, spec.user, spec.host).arg(spec.port).arg(spec.database);
}

// A sqitch.conf for the test engine.
QByteArray sqitchConf(const QString &engine)
{
    return "[core]\n\tengine = "
           + QByteArray(engine == u"postgresql" ? "pg" : engine == u"mariadb" ? "mysql" : "sqlite") + '\n';
}

// sqitch run in folder on target: what it printed; *exit its exit code (-1: it crashed).
QString runSqitch(const QString &folder, const QStringList &command, const ConnectionSpec &target, int *exit = nullptr)
{
    QProcess p;
    p.setWorkingDirectory(folder);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"sqitch"_s, command + QStringList{sqitchUri(target)});
    p.waitForFinished(120000);
    if (exit)
        *exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

// Where sqitch keeps its registry for a target: sqitch.sqlite beside a SQLite file (opened
// on its own), else the schema or database "sqitch" of the target's server.
struct Registry
{
    std::unique_ptr<Connection> connection;
    QString prefix; ///< "sqitch." where the tables are named through the target's connection
};

Registry registryOf(const ConnectionSpec &target)
{
    if (target.dialect != Dialect::SQLite)
        return {test::connect(target), u"sqitch."_s};
    ConnectionSpec file;
    file.path = QFileInfo(target.path).dir().filePath(u"sqitch.sqlite"_s);
    return {test::connect(file), QString()};
}

// The names as an SQL list: 'a', 'b'.
QString sqlList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << u'\'' + name + u'\'';
    return quoted.join(u", "_s);
}

// What sqitch's registry says of the changes named (all but when they were committed):
// their rows, tags and dependencies.
QStringList registryRows(const ConnectionSpec &target, const QStringList &changes)
{
    Registry r = registryOf(target);
    if (!r.connection)
        return {u"no registry"_s};
    const QString change = quotedIdentifier(target.dialect, u"change"_s);
    const QString in = sqlList(changes);
    const QString ids = u"SELECT change_id FROM %1changes WHERE %2 IN (%3)"_s.arg(r.prefix, change, in);
    const QString who = u"committer_name, committer_email, planned_at, planner_name, planner_email"_s;
    return test::rows(*r.connection, u"SELECT change_id, script_hash, %1, project, note, %2 FROM %3changes WHERE %1 IN "
                                     u"(%4) ORDER BY change_id"_s.arg(change, who, r.prefix, in))
           + test::rows(*r.connection, u"SELECT tag_id, tag, project, change_id, note, %1 FROM %2tags WHERE change_id IN "
                                       u"(%3) ORDER BY tag_id"_s.arg(who, r.prefix, ids))
           + test::rows(*r.connection, u"SELECT change_id, type, dependency, dependency_id FROM %1dependencies WHERE "
                                       u"change_id IN (%2) ORDER BY change_id, dependency"_s.arg(r.prefix, ids));
}

// The events of that kind of the changes named, oldest first (all but when they were committed).
QStringList registryEvents(const ConnectionSpec &target, const QStringList &changes, const QString &event)
{
    Registry r = registryOf(target);
    if (!r.connection)
        return {u"no registry"_s};
    const QString change = quotedIdentifier(target.dialect, u"change"_s);
    return test::rows(*r.connection, u"SELECT event, change_id, %1, project, note, requires, conflicts, tags, committer_name, "
                                     u"committer_email, planned_at, planner_name, planner_email FROM %2events WHERE "
                                     u"event = '%3' AND %1 IN (%4) ORDER BY change_id, committed_at"_s.arg(
                                         change, r.prefix, event, sqlList(changes)));
}

} // namespace

void TestEngineSqitch::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"sqitch"_s).isEmpty(),
             "sqitch is not installed: run packaging/install-deps.sh (Debian's sqitch package)");
    qputenv("HOME", m_home.path().toUtf8()); // no user sqitch.conf of the machine's
    qputenv("SQITCH_FULLNAME", "Godwit Test");
    qputenv("SQITCH_EMAIL", "godwit@example.com");
}

void TestEngineSqitch::sameSchemaAsSqitch_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("fixture");
    QTest::newRow("sqlite") << u"sqlite"_s << u"sqlite_tags"_s;
    QTest::newRow("postgresql") << u"postgresql"_s << u"pg_rework"_s;
}

// The plan deployed by Godwit (with its verify scripts) and by sqitch leaves the same schema;
// reverted by each, the same again.
void TestEngineSqitch::sameSchemaAsSqitch()
{
    QFETCH(QString, engine);
    QFETCH(QString, fixture);
    QTemporaryDir dir;
    QDir().mkpath(dir.path() + u"/ours"_s);
    QDir().mkpath(dir.path() + u"/theirs"_s);
    GODWIT_FRESH_TARGET(ours, engine, dir.path() + u"/ours"_s);
    GODWIT_FRESH_TARGET(theirs, engine, dir.path() + u"/theirs"_s);
    const QString project = copyFixture(fixture, dir);

    const auto status = cli({u"status"_s, u"--project"_s, project, u"--url"_s, ours->display()});
    QVERIFY2(status.output.contains(u"sqitch"_s), qPrintable(status.output));
    const auto up = cli({u"up"_s, u"--project"_s, project, u"--url"_s, ours->display()});
    QVERIFY2(up.exit == 0, qPrintable(up.output));

    QProcess sqitch;
    sqitch.setWorkingDirectory(project);
    sqitch.setProcessChannelMode(QProcess::MergedChannels);
    sqitch.start(u"sqitch"_s, {u"deploy"_s, u"--verify"_s, sqitchUri(*theirs)});
    QVERIFY(sqitch.waitForFinished(60000));
    QVERIFY2(sqitch.exitCode() == 0, sqitch.readAll().constData());

    auto a = test::connect(*ours);
    auto b = test::connect(*theirs);
    const QStringList deployed = schemaOf(*b);
    QVERIFY2(deployed.size() >= 3, qPrintable(deployed.join(u'\n')));
    const QStringList afterUp = difference(schemaOf(*a), deployed);
    QVERIFY2(afterUp.isEmpty(), qPrintable(afterUp.join(u'\n')));

    const auto down = cli({u"down"_s, u"--to"_s, u"0"_s, u"--project"_s, project, u"--url"_s, ours->display()});
    QVERIFY2(down.exit == 0, qPrintable(down.output));
    sqitch.start(u"sqitch"_s, {u"revert"_s, u"-y"_s, sqitchUri(*theirs)});
    QVERIFY(sqitch.waitForFinished(60000));
    QVERIFY2(sqitch.exitCode() == 0, sqitch.readAll().constData());
    const QStringList afterDown = difference(schemaOf(*a), schemaOf(*b));
    QVERIFY2(afterDown.isEmpty(), qPrintable(afterDown.join(u'\n')));
    QCOMPARE(schemaOf(*a), QStringList());
}

// A verify script that fails fails its change: the change is rolled back and not recorded,
// and the changes before it stay applied.
void TestEngineSqitch::failingVerifyFailsTheChange()
{
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, u"sqlite"_s, dir.path());
    const QString project = copyFixture(u"sqlite_tags"_s, dir);
    QFile verify(project + u"/verify/widget_idx.sql"_s);
    QVERIFY(verify.open(QIODevice::WriteOnly | QIODevice::Truncate));
    verify.write("SELECT no_such_column FROM widgets;\n");
    verify.close();
    const auto up = cli({u"up"_s, u"--project"_s, project, u"--url"_s, target->display()});
    QCOMPARE(up.exit, 1);
    QVERIFY2(up.output.contains(u"verify/widget_idx.sql"_s), qPrintable(up.output));
    auto connection = test::connect(*target);
    const QStringList schema = schemaOf(*connection);
    QVERIFY2(schema.join(u'\n').contains(u"widget_view"_s), qPrintable(schema.join(u'\n')));
    QVERIFY2(!schema.join(u'\n').contains(u"INDEX"_s), qPrintable(schema.join(u'\n')));
}

// A change's step is its deploy then its verify (a repair's retry runs the same statements as
// the up did); its revert runs alone.
void TestEngineSqitch::stepScriptRunsVerify()
{
    const auto source = discoverGraphFormat(QStringLiteral(GODWIT_TEST_DATA "/sqitch/sqlite_tags"), {});
    QVERIFY(source);
    const auto index = std::find_if(source->migrations.cbegin(), source->migrations.cend(),
                                    [](const Migration &m) { return m.key() == u"widget_idx"; });
    QVERIFY(index != source->migrations.cend());
    const LoadedScript up = loadStepScript({*index, Direction::Up}, Dialect::SQLite);
    QVERIFY(up.split.ok());
    QCOMPARE(up.split.statements.size(), 2);
    QVERIFY(up.split.statements.at(0).sql.startsWith(u"CREATE INDEX"_s));
    QVERIFY(up.split.statements.at(1).location.file.endsWith(u"verify/widget_idx.sql"_s));
    const LoadedScript down = loadStepScript({*index, Direction::Down}, Dialect::SQLite);
    QCOMPARE(down.split.statements.size(), 1);
    QVERIFY(down.split.statements.at(0).location.file.endsWith(u"revert/widget_idx.sql"_s));
}

void TestEngineSqitch::registryAdopted_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("to");
    QTest::newRow("sqlite") << u"sqlite"_s << u"sqlite_tags"_s << u"widget_idx"_s;
    QTest::newRow("postgresql") << u"postgresql"_s << u"pg_rework"_s << u"flips_idx"_s;
}

// sqitch deploys the plan up to a change, a reworked one among those deployed; status finds
// its registry (SQLite: sqitch.db beside the database) and proposes adopting it; adopted,
// Godwit's pending changes are sqitch status's undeployed ones, and up deploys them.
void TestEngineSqitch::registryAdopted()
{
    QFETCH(QString, engine);
    QFETCH(QString, fixture);
    QFETCH(QString, to);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    const QString project = copyFixture(fixture, dir);
    auto sqitch = [&](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(project);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(u"sqitch"_s, args);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAll());
    };
    const QString deployed = sqitch({u"deploy"_s, u"--to"_s, to, sqitchUri(*target)});
    QVERIFY2(deployed.contains(u"+ "_s + to), qPrintable(deployed));
    // "Undeployed changes:\n  * insert_user" and the like: the names sqitch has yet to deploy.
    QStringList undeployed;
    for (const QString &line : sqitch({u"status"_s, sqitchUri(*target)}).split(u'\n')) {
        if (line.startsWith(u"  * "_s))
            undeployed << line.mid(4).trimmed();
    }
    QVERIFY(!undeployed.isEmpty());

    const QStringList base{u"--project"_s, project, u"--url"_s, target->display()};
    const auto found = cli(QStringList{u"status"_s} + base);
    QVERIFY2(found.output.contains(u"sqitch.changes (sqitch): "_s) && found.output.contains(u"godwit-cli adopt sqitch"_s),
             qPrintable(found.output));
    const auto adopt = cli(QStringList{u"adopt"_s} + base);
    QVERIFY2(adopt.exit == 0, qPrintable(adopt.output));
    const QStringList states = test::states(project, *target);
    QStringList pending;
    for (const QString &state : states) {
        QVERIFY2(state.contains(u":applied:sqitch"_s) || state.contains(u":pending:"_s), qPrintable(states.join(u' ')));
        if (state.contains(u":pending:"_s))
            pending << state.section(u':', 0, 0).section(u'#', 0, 0);
    }
    QCOMPARE(pending, undeployed);
    const auto up = cli(QStringList{u"up"_s} + base);
    QVERIFY2(up.exit == 0, qPrintable(up.output));
    for (const QString &state : test::states(project, *target))
        QVERIFY2(state.contains(u":applied:"_s), qPrintable(state));
}


void TestEngineSqitch::registryWritten_data()
{
    test::engineRows();
}

// sqitch deploys the first changes of a plan (a tag, a requirement, a note of two lines, a
// %uri to make canonical); Godwit, adopting the registry in interop mode, deploys the rest, a
// reworked change and a conflict among them. sqitch then finds nothing to deploy, logs them,
// and reverts them; deployed again by sqitch, its registry rows are the very rows Godwit
// wrote (ids, script hashes, tags, dependencies, events), committed_at aside. Godwit's down
// is sqitch's revert too.
void TestEngineSqitch::registryWritten()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    const QString project = copyFixture(u"shop"_s, dir);
    test::writeFile(project + u"/sqitch.conf"_s, sqitchConf(engine));
    auto sqitch = [&](const QStringList &args, int *exit = nullptr) { return runSqitch(project, args, *target, exit); };
    int exit = 0;
    const QString first = sqitch({u"deploy"_s, u"--to"_s, u"orders"_s}, &exit);
    QVERIFY2(exit == 0, qPrintable(first));

    const QStringList base{u"--project"_s, project, u"--url"_s, target->display()};
    const auto adopt = cli(QStringList{u"adopt"_s, u"sqitch"_s, u"--interop"_s} + base);
    QVERIFY2(adopt.exit == 0, qPrintable(adopt.output));
    const auto up = cli(QStringList{u"up"_s} + base);
    QVERIFY2(up.exit == 0, qPrintable(up.output));
    const QStringList ours{u"order_view"_s, u"items"_s};
    const QStringList written = registryRows(*target, ours);
    const QStringList deployEvents = registryEvents(*target, ours, u"deploy"_s);
    QCOMPARE(deployEvents.size(), 3);

    QString said = sqitch({u"status"_s}, &exit);
    QVERIFY2(exit == 0 && said.contains(u"Nothing to deploy (up-to-date)"_s), qPrintable(said));
    said = sqitch({u"log"_s, u"--format"_s, u"oneline"_s}, &exit);
    QVERIFY2(exit == 0 && said.contains(u"items"_s) && said.contains(u"order_view"_s), qPrintable(said));
    said = sqitch({u"revert"_s, u"-y"_s, u"--to"_s, u"orders"_s}, &exit);
    QVERIFY2(exit == 0 && said.contains(u"- items"_s) && said.contains(u"- order_view @v1.1"_s), qPrintable(said));
    QCOMPARE(test::states(project, *target),
             QStringList({u"customers:applied:sqitch"_s, u"orders:applied:sqitch"_s, u"order_view:pending:"_s,
                          u"order_view#2:pending:"_s, u"items:pending:"_s}));
    said = sqitch({u"deploy"_s}, &exit);
    QVERIFY2(exit == 0, qPrintable(said));
    const QStringList sqitchWrote = registryRows(*target, ours);
    QCOMPARE(sqitchWrote.size(), 10); // 3 changes, 2 tags, 5 dependencies
    QCOMPARE(written, sqitchWrote);
    // Each deploy event sqitch logged is the one Godwit logged for that change.
    QStringList twice;
    for (const QString &row : deployEvents)
        twice << row << row;
    QCOMPARE(registryEvents(*target, ours, u"deploy"_s), twice);

    // Godwit's down of items is a revert to sqitch: its revert event is the one sqitch wrote.
    const auto down = cli(QStringList{u"down"_s} + base);
    QVERIFY2(down.exit == 0, qPrintable(down.output));
    said = sqitch({u"status"_s}, &exit);
    QVERIFY2(said.contains(u"Undeployed change:\n  * items"_s), qPrintable(said));
    const QStringList reverts = registryEvents(*target, {u"items"_s}, u"revert"_s);
    QCOMPARE(reverts.size(), 2);
    QCOMPARE(reverts.at(0), reverts.at(1));
    said = sqitch({u"revert"_s, u"-y"_s}, &exit);
    QVERIFY2(exit == 0 && said.contains(u"- customers"_s), qPrintable(said));
}

void TestEngineSqitch::secondProjectRegistered_data()
{
    test::engineRows();
}

// A registry sqitch made for one project takes a second that Godwit deploys in interop mode:
// Godwit registers it (as sqitch's register_project does) and each project's sqitch status
// reads its own rows only, as Godwit's status does.
void TestEngineSqitch::secondProjectRegistered()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    const QString shop = copyFixture(u"shop"_s, dir);
    const QByteArray conf = sqitchConf(engine);
    test::writeFile(shop + u"/sqitch.conf"_s, conf);
    const QString other = dir.filePath(u"other"_s);
    test::writeFile(other + u"/sqitch.conf"_s, conf);
    test::writeFile(other + u"/sqitch.plan"_s, "%syntax-version=1.0.0\n%project=gadgets\n\n"
                                               "gadgets 2026-12-02T09:00:00Z Ann Example <ann@example.com> # Gadgets.\n");
    test::writeFile(other + u"/deploy/gadgets.sql"_s, "CREATE TABLE gadgets (id INTEGER);\n");
    test::writeFile(other + u"/revert/gadgets.sql"_s, "DROP TABLE gadgets;\n");
    auto sqitch = [&](const QString &folder, const QStringList &command) { return runSqitch(folder, command, *target); };
    const QString first = sqitch(shop, {u"deploy"_s, u"--to"_s, u"customers"_s});
    QVERIFY2(first.contains(u"+ customers"_s), qPrintable(first));

    const QStringList base{u"--project"_s, other, u"--url"_s, target->display()};
    const auto adopt = cli(QStringList{u"adopt"_s, u"sqitch"_s, u"--interop"_s} + base);
    QVERIFY2(adopt.exit == 0, qPrintable(adopt.output));
    QCOMPARE(test::states(other, *target), QStringList{u"gadgets:pending:"_s});
    const auto up = cli(QStringList{u"up"_s} + base);
    QVERIFY2(up.exit == 0, qPrintable(up.output));

    QString said = sqitch(other, {u"status"_s});
    QVERIFY2(said.contains(u"Project:  gadgets"_s) && said.contains(u"Nothing to deploy (up-to-date)"_s), qPrintable(said));
    said = sqitch(shop, {u"status"_s});
    QVERIFY2(said.contains(u"# Name:     customers"_s) && said.contains(u"  * orders @v1.0"_s), qPrintable(said));
    said = sqitch(other, {u"revert"_s, u"-y"_s});
    QVERIFY2(said.contains(u"- gadgets"_s), qPrintable(said));
}

QTEST_GUILESS_MAIN(TestEngineSqitch)
#include "tst_enginesqitch.moc"
