#include "migrations/discovery.h"
#include "migrations/projectfile.h"
#include "migrations/scriptloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

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
    const Dialect dialect = *dialectFromName(expected.value(u"dialect").toString(u"sqlite"_s));
    options.dialect = dialect;
    const MigrationSource source = discoverMigrations(folder, options);

    QCOMPARE(formatId(source.format), expected.value(u"format").toString());
    QCOMPARE(source.hasErrors(), expected.value(u"errors").toBool());
    for (const QJsonValue &part : expected.value(u"explanation").toArray())
        QVERIFY2(source.explanation.contains(part.toString()), qPrintable(source.explanation));

    const QJsonArray migrations = expected.value(u"migrations").toArray();
    QCOMPARE(source.migrations.size(), migrations.size());
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        const QJsonObject e = migrations.at(i).toObject();
        const Migration &m = source.migrations.at(i);
        QCOMPARE(m.displayVersion(), e.value(u"version").toString());
        QCOMPARE(m.description, e.value(u"description").toString());
        QCOMPARE(m.kind == MigrationKind::Repeatable, e.value(u"repeatable").toBool());
        QCOMPARE(m.up->noTransaction, e.value(u"noTransaction").toBool());
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
    QVERIFY(source.explanation.contains(u"/nonexistent/godwit"_s));
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
