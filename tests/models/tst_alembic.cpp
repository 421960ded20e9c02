#include "migrations/alembic.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace godwit;
using namespace Qt::StringLiterals;

namespace {

// Debian's python3-alembic lives in the system Python; the python3 on PATH may be another.
const QString python = u"/usr/bin/python3"_s;
const QString fixtures = QStringLiteral(GODWIT_TEST_DATA "/alembic");
const QStringList errorCases{u"cycle"_s, u"dangling"_s, u"duplicate"_s, u"unparsable"_s};

QJsonArray array(QStringList list, bool sorted)
{
    if (sorted)
        list.sort();
    return QJsonArray::fromStringList(list);
}

// The shape tests/support/alembic_graph.py prints, from Godwit's reading.
QJsonObject asJson(const AlembicGraph &graph)
{
    QJsonObject revisions;
    for (const AlembicRevision &rev : graph.revisions) {
        revisions.insert(rev.revision, QJsonObject{
            {u"down_revisions"_s, array(rev.downRevisions, false)},
            {u"branch_labels"_s, array(rev.branchLabels, true)},
            {u"depends_on"_s, array(rev.dependsOn, false)},
            {u"dependencies"_s, array(rev.dependencies, true)},
            {u"message"_s, rev.message},
        });
    }
    return {{u"revisions"_s, revisions},
            {u"heads"_s, array(graph.heads, true)},
            {u"bases"_s, array(graph.bases, true)},
            {u"branch_points"_s, array(graph.branchPoints, true)},
            {u"merges"_s, array(graph.merges, true)}};
}

QString problemsText(const AlembicGraph &graph)
{
    QStringList lines;
    for (const FolderProblem &p : graph.problems)
        lines.append(p.message.english());
    return lines.join(u'\n');
}

QList<std::pair<QString, QByteArray>> readFiles(const QString &versions)
{
    QList<std::pair<QString, QByteArray>> files;
    const QDir dir(versions);
    for (const QString &name : dir.entryList({u"*.py"_s}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            files.append({f.fileName(), f.readAll()});
    }
    return files;
}

QString support(const char *script)
{
    return QStringLiteral(GODWIT_TEST_DATA "/../support/") + QString::fromLatin1(script);
}

// Runs a script of tests/support with the system Python; its standard output.
QByteArray runPython(const QStringList &arguments)
{
    QProcess p;
    p.start(python, QStringList{u"-B"_s} + arguments); // -B: no __pycache__ in tests/data
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(arguments.join(u' ')), p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

// Alembic's reading of a folder and Godwit's are the same, and Godwit finds no problem.
void compareWithAlembic(const QString &folder)
{
    const QJsonObject alembic = QJsonDocument::fromJson(runPython({support("alembic_graph.py"), folder})).object();
    QVERIFY(!alembic.value(u"revisions"_s).toObject().isEmpty());
    const AlembicGraph graph = readAlembicVersions(folder + u"/versions"_s);
    QVERIFY2(graph.problems.isEmpty(), qPrintable(problemsText(graph)));
    const QJsonObject godwit = asJson(graph);
    QVERIFY2(godwit == alembic, qPrintable(u"%1\nGodwit:\n%2\nAlembic:\n%3"_s.arg(
                                    folder, QString::fromUtf8(QJsonDocument(godwit).toJson()), QString::fromUtf8(QJsonDocument(alembic).toJson()))));
    for (const AlembicRevision &rev : graph.revisions) {
        QVERIFY(rev.line > 0);
        QVERIFY(QFile::exists(rev.path));
    }
}

AlembicGraph parseOne(const QString &name, const QByteArray &content)
{
    return parseAlembicRevisions({{u"/v/"_s + name, content}});
}

} // namespace

/*! The Alembic reader, over the script folders of tests/data/alembic: the good ones read
    exactly as Alembic's own ScriptDirectory reads them (python3-alembic, run here), the
    broken ones give errors naming the file and line. */
class TestAlembic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesAlembic_data();
    void matchesAlembic();
    void matchesAlembicOnRandomFolders();
    void orderIsTopologicalAndStable_data() { matchesAlembic_data(); }
    void orderIsTopologicalAndStable();
    void errors_data();
    void errors();
    void pythonDetails();
    void fileWithoutRevision();
    void valuesAlembicCannotTakeAreErrors_data();
    void valuesAlembicCannotTakeAreErrors();
    void branchLabelUsedTwice();
    void cycleNamesOnlyItsMembers();
    void findsTheVersionsFolder();
};

void TestAlembic::initTestCase()
{
    QProcess p;
    p.start(python, {u"-c"_s, u"import alembic"_s});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        QFAIL(qPrintable(u"%1 cannot import alembic (%2): run packaging/install-deps.sh, which installs python3-alembic"_s
                             .arg(python, QString::fromUtf8(p.readAllStandardError()).trimmed())));
}

void TestAlembic::matchesAlembic_data()
{
    QTest::addColumn<QString>("folder");
    const QDir root(fixtures);
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!errorCases.contains(name))
            QTest::newRow(qPrintable(name)) << root.filePath(name);
    }
}

void TestAlembic::matchesAlembic()
{
    QFETCH(QString, folder);
    compareWithAlembic(folder);
}

void TestAlembic::matchesAlembicOnRandomFolders()
{
    // Seeded, so a failure names a folder that can be made again.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (int seed = 0; seed < 20; ++seed) {
        const QString folder = dir.filePath(QString::number(seed));
        runPython({support("alembic_random_folder.py"), QString::number(seed), folder});
        compareWithAlembic(folder);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestAlembic::orderIsTopologicalAndStable()
{
    QFETCH(QString, folder);
    QList<std::pair<QString, QByteArray>> files = readFiles(folder + u"/versions"_s);
    const AlembicGraph graph = parseAlembicRevisions(files);
    QStringList seen;
    for (const AlembicRevision &rev : graph.revisions) {
        for (const QString &parent : rev.downRevisions + rev.dependencies)
            QVERIFY2(seen.contains(parent), qPrintable(rev.revision + u" before its parent "_s + parent));
        seen.append(rev.revision);
    }
    std::reverse(files.begin(), files.end());
    QStringList reversed;
    for (const AlembicRevision &rev : parseAlembicRevisions(files).revisions)
        reversed.append(rev.revision);
    QCOMPARE(reversed, seen);
}

void TestAlembic::errors_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QStringList>("expected"); // each in one error's text
    QTest::addColumn<int>("revisions");        // what is still listed

    QTest::newRow("cycle") << u"cycle"_s
                           << QStringList{u"cycle"_s, u"bb02_first.py:2 (bb02)"_s, u"cc03_second.py:2 (cc03)"_s} << 3;
    QTest::newRow("dangling down_revision") << u"dangling"_s
                                            << QStringList{u"cc03_lost.py:5:17: down_revision names revision ffff"_s} << 3;
    QTest::newRow("dangling depends_on") << u"dangling"_s
                                         << QStringList{u"bb02_orphan.py:5:13: depends_on names revision zz99"_s} << 3;
    QTest::newRow("duplicate") << u"duplicate"_s
                               << QStringList{u"bb02_copy.py:3 and bb02_one.py:2 both declare revision bb02"_s} << 2;
    QTest::newRow("unparsable") << u"unparsable"_s
                                << QStringList{u"aa01_base.py:3:17: get_parent is not a string"_s} << 0;
}

void TestAlembic::errors()
{
    QFETCH(QString, folder);
    QFETCH(QStringList, expected);
    QFETCH(int, revisions);
    const AlembicGraph graph = readAlembicVersions(fixtures + u'/' + folder + u"/versions"_s);
    const QString text = problemsText(graph);
    QVERIFY2(std::any_of(graph.problems.begin(), graph.problems.end(), [&](const FolderProblem &p) {
                 return p.severity == FolderProblem::Severity::Error
                     && std::all_of(expected.begin(), expected.end(), [&](const QString &e) { return p.message.english().contains(e); });
             }),
             qPrintable(text));
    for (const FolderProblem &p : graph.problems)
        QVERIFY2(!p.files.isEmpty(), qPrintable(p.message.english()));
    QCOMPARE(graph.revisions.size(), revisions);
}

void TestAlembic::pythonDetails()
{
    // CRLF with a backslash continuation, a BOM, implicit concatenation, a raw string, an
    // indented assignment and one after a semicolon in a function body.
    const AlembicGraph graph = parseAlembicRevisions({
        {u"/v/b.py"_s, "\xef\xbb\xbf\"\"\"b\r\n\r\nRevision ID: b\r\n\"\"\"\r\nrevision = 'b'\r\n"
                       "down_revision = \\\r\n    'a'\r\ndef f():\r\n    x = 1; down_revision = 'z'\r\n"},
        {u"/v/a.py"_s, "revision = r'a'; down_revision = None\nbranch_labels = 'co' \"re\"\n"},
    });
    QVERIFY2(graph.problems.isEmpty(), qPrintable(problemsText(graph)));
    QCOMPARE(graph.revisions.size(), 2);
    QCOMPARE(graph.revisions[0].branchLabels, QStringList{u"core"_s});
    QCOMPARE(graph.revisions[0].line, 1);
    QCOMPARE(graph.revisions[1].downRevisions, QStringList{u"a"_s});
    QCOMPARE(graph.revisions[1].message, u"b"_s);
    QCOMPARE(graph.revisions[1].line, 5);
}

void TestAlembic::fileWithoutRevision()
{
    // Alembic stops on such a file, unless its name is an Alembic 0.1 hex revision id.
    AlembicGraph graph = parseOne(u"notes.py"_s, "\"\"\"Revision ID: abc\"\"\"\ndown_revision = None\n");
    QCOMPARE(graph.problems.size(), 1);
    QVERIFY2(graph.problems.first().message.english().startsWith(u"notes.py:1: no module-level revision"_s), qPrintable(problemsText(graph)));
    graph = parseOne(u"0abc12.py"_s, "down_revision = None\n");
    QVERIFY2(graph.problems.isEmpty(), qPrintable(problemsText(graph)));
    QCOMPARE(graph.revisions.first().revision, u"0abc12"_s);
    graph = parseOne(u"x.py"_s, "revision: str\nrevision = 'a'\n");
    QVERIFY2(graph.problems.first().message.english().contains(u"x.py:2: revision a has no module-level down_revision"_s),
             qPrintable(problemsText(graph)));
}

void TestAlembic::valuesAlembicCannotTakeAreErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("where");
    QTest::newRow("f-string") << QByteArray("revision = 'a'\ndown_revision = f'{x}'\n") << u"x.py:2:17"_s;
    QTest::newRow("open string") << QByteArray("revision = 'a'\ndown_revision = 'b\n") << u"x.py:2:17"_s;
    QTest::newRow("open docstring") << QByteArray("\n\"\"\"doc\nrevision = 'a'\n") << u"x.py:2:1"_s;
    QTest::newRow("nested tuple") << QByteArray("revision = 'a'\ndown_revision = (('b',),)\n") << u"x.py:2:18"_s;
    QTest::newRow("no value") << QByteArray("revision = 'a'\ndown_revision =\n") << u"x.py:2:16"_s;
    QTest::newRow("unclosed tuple") << QByteArray("revision = 'a'\ndown_revision = ('b',\n") << u"x.py:2:22"_s;
    QTest::newRow("None revision") << QByteArray("revision = None\ndown_revision = None\n") << u"x.py:1:1"_s;
    QTest::newRow("label as down_revision")
        << QByteArray("revision = 'b'\ndown_revision = 'x'\nbranch_labels = 'x'\n") << u"x.py:2:17"_s;
    QTest::newRow("dash in revision") << QByteArray("revision = 'a-b'\ndown_revision = None\n") << u"x.py:1:1"_s;
}

void TestAlembic::valuesAlembicCannotTakeAreErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, where);
    const AlembicGraph graph = parseOne(u"x.py"_s, content);
    QCOMPARE(graph.problems.size(), 1);
    QCOMPARE(graph.problems.first().severity, FolderProblem::Severity::Error);
    QVERIFY2(graph.problems.first().message.english().startsWith(where + u": "_s), qPrintable(problemsText(graph)));
}

void TestAlembic::branchLabelUsedTwice()
{
    const AlembicGraph graph = parseAlembicRevisions({
        {u"/v/a.py"_s, "revision = 'a'\ndown_revision = None\nbranch_labels = ('core',)\n"},
        {u"/v/b.py"_s, "revision = 'b'\ndown_revision = None\nbranch_labels = 'core'\n"},
    });
    QCOMPARE(graph.problems.size(), 1);
    QCOMPARE(graph.problems.first().message.english(), u"b.py:1: branch label core is already used by revision a"_s);
}

void TestAlembic::cycleNamesOnlyItsMembers()
{
    // c descends from the cycle, naming a twice: it is listed, not blamed.
    const AlembicGraph graph = parseAlembicRevisions({
        {u"/v/a.py"_s, "revision = 'a'\ndown_revision = 'b'\n"},
        {u"/v/b.py"_s, "revision = 'b'\ndown_revision = 'a'\n"},
        {u"/v/c.py"_s, "revision = 'c'\ndown_revision = 'a'\ndepends_on = 'a'\n"},
    });
    QCOMPARE(graph.problems.size(), 1);
    QCOMPARE(graph.problems.first().message.english(),
             u"revisions form a cycle through down_revision or depends_on: a.py:1 (a), b.py:1 (b)"_s);
    QCOMPARE(graph.problems.first().files, (QStringList{u"/v/a.py"_s, u"/v/b.py"_s}));
    QCOMPARE(graph.revisions.size(), 3);
}

void TestAlembic::findsTheVersionsFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir root(dir.path());
    QVERIFY(root.mkpath(u"db/migrations/versions"_s));
    QFile env(root.filePath(u"db/migrations/env.py"_s));
    QVERIFY(env.open(QIODevice::WriteOnly));
    env.close();
    const QString versions = QDir::cleanPath(root.filePath(u"db/migrations/versions"_s));
    QCOMPARE(alembicVersionsFolder(root.filePath(u"db/migrations"_s)), versions);
    QCOMPARE(alembicVersionsFolder(versions), versions);
    QCOMPARE(alembicVersionsFolder(root.path()), std::nullopt);

    QFile ini(root.filePath(u"alembic.ini"_s));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[alembic]\n# where the scripts are\nscript_location = %(here)s/db/migrations\n\n[loggers]\nkeys = root\n");
    ini.close();
    QCOMPARE(alembicVersionsFolder(root.path()), versions);
}

QTEST_GUILESS_MAIN(TestAlembic)
#include "tst_alembic.moc"
