#include "plan/plan.h"
#include "migrations/discovery.h"
#include "migrations/projectfile.h"
#include "migrations/scriptloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! Format detection and reading, data-driven over tests/data/formats/<case>/, each with
    an expected.json: the format, what the explanation says, the migrations in order with
    their statement counts, and the kinds of problem found. */
class TestDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void missingFolder();
    void unreadableFiles_data();
    void unreadableFiles();
    void scriptLoaderGivesTheReason();
};

void TestDiscovery::fixtures_data()
{
    QTest::addColumn<QString>("folder");
    const QDir root(QStringLiteral(GODWIT_TEST_DATA "/formats"));
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        QTest::newRow(qPrintable(name)) << root.filePath(name);
}

static int statementCount(const std::optional<Script> &script, Dialect dialect)
{
    if (!script)
        return -1;
    const LoadedScript loaded = loadScript(*script, dialect);
    if (!loaded.split.ok())
        qWarning() << loaded.split.error->toString();
    return loaded.split.ok() ? int(loaded.split.statements.size()) : -2;
}

void TestDiscovery::fixtures()
{
    QFETCH(QString, folder);
    QFile file(folder + u"/expected.json");
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();

    const ProjectLoad project = loadProject(folder);
    QVERIFY2(project.project, qPrintable(project.error));
    DiscoveryOptions options;
    options.format = project.project->format == Format::Custom ? Format::Unknown : project.project->format;
    options.namingPattern = project.project->namingPattern;
    options.orderByName = project.project->orderByName;
    const Dialect dialect = *dialectFromName(expected.value(u"dialect").toString(u"sqlite"_s));
    options.dialect = dialect;
    const MigrationSource source = discoverMigrations(folder, options);

    QCOMPARE(formatId(source.format), expected.value(u"format").toString());
    QCOMPARE(source.hasErrors(), expected.value(u"errors").toBool());
    if (expected.contains(u"folderDialect"))
        QCOMPARE(source.dialect, dialectFromName(expected.value(u"folderDialect").toString()));
    for (const QJsonValue &part : expected.value(u"explanation").toArray())
        QVERIFY2(source.explanation.english().contains(part.toString()), qPrintable(source.explanation.english()));

    const QJsonArray migrations = expected.value(u"migrations").toArray();
    QCOMPARE(source.migrations.size(), migrations.size());
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        const QJsonObject e = migrations.at(i).toObject();
        const Migration &m = source.migrations.at(i);
        QCOMPARE(m.displayVersion(), e.value(u"version").toString());
        QCOMPARE(m.description, e.value(u"description").toString());
        QCOMPARE(m.kind == MigrationKind::Repeatable, e.value(u"repeatable").toBool());
        QCOMPARE(m.kind == MigrationKind::Code, e.value(u"kind").toString() == u"code");
        QCOMPARE(m.kind == MigrationKind::Baseline, e.value(u"kind").toString() == u"baseline");
        if (e.contains(u"key"))
            QCOMPARE(m.key(), e.value(u"key").toString());
        QStringList hooks;
        for (const QString &hook : m.hooks)
            hooks.append(QFileInfo(hook).fileName());
        QCOMPARE(hooks, e.value(u"hooks").toVariant().toStringList());
        if (m.kind == MigrationKind::Code) {
            QCOMPARE(QFileInfo(m.codePath).fileName(), e.value(u"codeFile").toString());
            QVERIFY(!m.up && !m.down);
            continue;
        }
        QCOMPARE(m.up->noTransaction, e.value(u"noTransaction").toBool());
        if (e.contains(u"selfWrapped"))
            QCOMPARE(loadScript(*m.up, dialect).selfWrapped, e.value(u"selfWrapped").toBool());
        if (e.contains(u"peerChecksum"))
            QCOMPARE(m.up->peerChecksum, e.value(u"peerChecksum").toString());
        if (e.contains(u"downFile"))
            QCOMPARE(QFileInfo(m.down->path).fileName(), e.value(u"downFile").toString());
        QCOMPARE(statementCount(m.up, dialect), e.value(u"up").toInt());
        QCOMPARE(statementCount(m.down, dialect), e.value(u"down").isNull() ? -1 : e.value(u"down").toInt());
        if (e.contains(u"tag"))
            QCOMPARE(m.dialectTag, e.value(u"tag").toString());
        if (e.contains(u"upFile"))
            QCOMPARE(QFileInfo(m.up->path).fileName(), e.value(u"upFile").toString());
        if (e.contains(u"upFirstLine"))
            QCOMPARE(m.up->firstLine, e.value(u"upFirstLine").toInt());
        QCOMPARE(m.checksum().size(), 64);
    }

    QStringList expectedProblems;
    for (const QJsonValue &p : expected.value(u"problems").toArray())
        expectedProblems.append(p.toString());
    QStringList actualProblems;
    for (const FolderProblem &p : source.problems)
        actualProblems.append(problemKindId(p.kind));
    expectedProblems.sort();
    actualProblems.sort();
    QCOMPARE(actualProblems, expectedProblems);
}

void TestDiscovery::missingFolder()
{
    const MigrationSource source = discoverMigrations(u"/nonexistent/godwit"_s, {});
    QVERIFY(source.hasErrors());
    QVERIFY(source.explanation.english().contains(u"/nonexistent/godwit"_s));
}

namespace {

enum class Fault { Dangling, Loop, Directory, Fifo };

// Puts the fault where a migration file is expected.
bool makeFault(const QString &path, Fault fault)
{
    switch (fault) {
    case Fault::Dangling: return QFile::link(u"/nonexistent/target.sql"_s, path);
    case Fault::Loop: return QFile::link(QFileInfo(path).fileName(), path); // a link to itself
    case Fault::Directory: return QDir().mkpath(path);
    case Fault::Fifo: return ::mkfifo(QFile::encodeName(path).constData(), 0644) == 0;
    }
    return false;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

// Every layout: a file that cannot be read is an error with its reason, never skipped, and
// no plan is made around it (tests run as root: permissions are not what stops root, so the
// faults are the kinds that stop everyone).
void TestDiscovery::unreadableFiles_data()
{
    QTest::addColumn<QStringList>("good");  // files written with a statement
    QTest::addColumn<QString>("faulty");    // relative to the folder
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("reason");
    const QList<std::tuple<const char *, QStringList, QString>> layouts = {
        {"golang-migrate", {u"001_a.up.sql"_s, u"001_a.down.sql"_s}, u"002_b.up.sql"_s},
        {"golang-migrate down", {u"001_a.up.sql"_s, u"002_b.up.sql"_s}, u"002_b.down.sql"_s},
        {"flyway", {u"V1__a.sql"_s}, u"V2__b.sql"_s},
        {"dbmate", {u"20240101120000_a.sql"_s}, u"20240102120000_b.sql"_s},
        {"diesel up", {u"2024-01-01-120000_a/up.sql"_s, u"2024-01-01-120000_a/down.sql"_s}, u"2024-01-02-120000_b/up.sql"_s},
        {"diesel down", {u"2024-01-01-120000_a/up.sql"_s, u"2024-01-02-120000_b/up.sql"_s}, u"2024-01-02-120000_b/down.sql"_s},
    };
    const QList<std::tuple<const char *, Fault, QString>> faults = {
        {"dangling link", Fault::Dangling, u"a dangling symbolic link to /nonexistent/target.sql"_s},
        {"link loop", Fault::Loop, u"a symbolic link loop"_s},
        {"directory", Fault::Directory, u"a directory, not a file"_s},
        {"fifo", Fault::Fifo, u"a FIFO, not a regular file"_s},
    };
    for (const auto &[layout, good, faulty] : layouts) {
        for (const auto &[name, fault, reason] : faults) {
            QTest::addRow("%s, %s", layout, name) << good << faulty << int(fault) << reason;
        }
    }
}

void TestDiscovery::unreadableFiles()
{
    QFETCH(QStringList, good);
    QFETCH(QString, faulty);
    QFETCH(int, fault);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    for (const QString &file : good) {
        const QByteArray sql = file.startsWith(u"2024010"_s) ? "-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\nDROP TABLE a;\n"
                                                             : "CREATE TABLE a (id int);\n";
        QVERIFY(writeFile(dir.filePath(file), sql));
    }
    QVERIFY(QDir().mkpath(QFileInfo(dir.filePath(faulty)).absolutePath()));
    QVERIFY(makeFault(dir.filePath(faulty), Fault(fault)));

    const MigrationSource source = discoverMigrations(dir.path(), {Format::Unknown, {}, Dialect::SQLite});
    const QString message = faulty + u" cannot be read: "_s + reason;
    const auto it = std::find_if(source.problems.cbegin(), source.problems.cend(),
                                 [](const FolderProblem &p) { return p.kind == FolderProblem::Kind::Unreadable; });
    QStringList all;
    for (const FolderProblem &p : source.problems)
        all << p.message.english();
    QVERIFY2(it != source.problems.cend(), qPrintable(all.join(u" | "_s)));
    QCOMPARE(it->message.english(), message);
    QCOMPARE(it->severity, FolderProblem::Severity::Error);
    QVERIFY(source.hasErrors());
    // status lists it (above); up plans nothing while it stands.
    const Plan plan = makePlan(source, {}, {});
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error.english().contains(message), qPrintable(plan.error.english()));
}

// Read again at run time (the file may have changed since the folder was read): the loader
// says why, and a FIFO does not hang it.
void TestDiscovery::scriptLoaderGivesTheReason()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"001_a.up.sql"_s);
    QVERIFY(writeFile(path, "CREATE TABLE a (id int);\n"));
    const MigrationSource source = discoverMigrations(dir.path(), {Format::Unknown, {}, Dialect::SQLite});
    QCOMPARE(source.migrations.size(), 1);
    const Script script = *source.migrations.constFirst().up;
    QVERIFY(QFile::remove(path));
    QVERIFY(makeFault(path, Fault::Fifo));
    const LoadedScript fifo = loadScript(script, Dialect::SQLite);
    QVERIFY(fifo.split.error);
    QCOMPARE(fifo.split.error->message, u"cannot read the file: a FIFO, not a regular file"_s);
    QVERIFY(QFile::remove(path));
    QVERIFY(makeFault(path, Fault::Dangling));
    QCOMPARE(loadScript(script, Dialect::SQLite).split.error->message,
             u"cannot read the file: a dangling symbolic link to /nonexistent/target.sql"_s);
    QCOMPARE(scriptSource(script), QString());
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
