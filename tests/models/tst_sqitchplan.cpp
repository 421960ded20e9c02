#include "migrations/sqitchids.h"
#include "migrations/sqitchplan.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! sqitch projects read as sqitch 1.3 reads them. Every plan Godwit accepts or refuses here
    is given to the real sqitch too, which must agree: for the projects of
    tests/data/sqitch/<case>/ (made with sqitch init/add/tag/rework) the change names and
    order, deploy or revert, tags and dependencies are compared with `sqitch plan`'s, and the
    script file of each change and the key of each reworked instance with what sqitch's own
    library (App::Sqitch::Target, run by perl) says. */
class TestSqitchPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fixtures_data();
    void fixtures();
    void badFixtures_data();
    void badFixtures();
    void plans_data();
    void plans();
    void mutations();
    void configuration();
    void notASqitchFolder();

private:
    QProcess::ExitStatus run(const QString &folder, const QString &program, const QStringList &args, QByteArray &out,
                             int &code);
    void compareWithSqitch(const QString &folder);
    QString writeProject(const QByteArray &plan);

    QString m_sqitch;
    QString m_perl;
    QTemporaryDir m_home; ///< sqitch reads ~/.sqitch/sqitch.conf: an empty HOME keeps the user's out
    QTemporaryDir m_work;
    int m_projects = 0;
};

void TestSqitchPlan::initTestCase()
{
    m_sqitch = QStandardPaths::findExecutable(u"sqitch"_s);
    m_perl = QStandardPaths::findExecutable(u"perl"_s);
    if (m_sqitch.isEmpty() || m_perl.isEmpty())
        QFAIL("sqitch is not installed: run packaging/install-deps.sh (these tests compare Godwit's reading with "
              "sqitch's own)");
    QVERIFY(m_home.isValid());
    QVERIFY(m_work.isValid());
}

QProcess::ExitStatus TestSqitchPlan::run(const QString &folder, const QString &program, const QStringList &args,
                                         QByteArray &out, int &code)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"SQITCH_CONFIG"_s);
    env.remove(u"SQITCH_TARGET"_s);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(folder);
    process.start(program, args);
    process.waitForFinished(120000);
    out = process.readAllStandardOutput() + process.readAllStandardError();
    code = process.exitCode();
    return process.exitStatus();
}

QString dependencyText(const SqitchProject &project, const SqitchDependency &dep)
{
    return sqitchDependencyName(dep, project.project);
}

QString joined(const QStringList &items)
{
    return items.isEmpty() ? QString() : u' ' + items.join(u',');
}

void TestSqitchPlan::compareWithSqitch(const QString &folder)
{
    const std::optional<SqitchProject> project = readSqitchProject(folder);
    QVERIFY(project);
    for (const FolderProblem &p : project->problems)
        QVERIFY2(p.severity != FolderProblem::Severity::Error, qPrintable(p.message.english()));

    QByteArray out;
    int code = 0;
    QCOMPARE(run(folder, m_sqitch, {u"plan"_s, u"--no-headers"_s, u"--format"_s, u"format:%n|%e|%{,}t|%{,}r|%{,}x"_s},
                 out, code),
             QProcess::NormalExit);
    QVERIFY2(code == 0, out.constData());
    QStringList godwit;
    for (const SqitchChange &c : project->changes) {
        QStringList tags, required, conflicts;
        for (const SqitchTag &tag : c.tags)
            tags.append(u'@' + tag.name);
        for (const SqitchDependency &dep : c.requirements)
            required.append(dependencyText(*project, dep));
        for (const SqitchDependency &dep : c.conflicts)
            conflicts.append(dependencyText(*project, dep));
        godwit.append(
            QStringList{c.name, c.deploy ? u"deploy"_s : u"revert"_s, joined(tags), joined(required), joined(conflicts)}
                .join(u'|'));
    }
    QCOMPARE(godwit, QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts));

    // The scripts, the key of a reworked change's earlier instances, and the ids of changes
    // and tags (what sqitch's registry keys its rows on), from sqitch's library.
    const QString script = uR"(
        my $s = App::Sqitch->new(config => App::Sqitch::Config->new);
        my $t = App::Sqitch::Target->new(sqitch => $s);
        print join("|", $_->name, $_->is_reworked ? $_->format_tag_qualified_name : $_->name,
                   $_->deploy_file, $_->revert_file, $_->verify_file, $_->id,
                   join(",", map { $_->id } $_->tags)), "\n" for $t->plan->changes;)"_s;
    QCOMPARE(
        run(folder, m_perl,
            {u"-MApp::Sqitch"_s, u"-MApp::Sqitch::Config"_s, u"-MApp::Sqitch::Target"_s, u"-CO"_s, u"-e"_s, script},
            out, code),
        QProcess::NormalExit);
    QVERIFY2(code == 0, out.constData());
    const QDir dir(folder);
    godwit.clear();
    const QStringList ids = sqitchChangeIds(*project);
    for (qsizetype i = 0; i < project->changes.size(); ++i) {
        const SqitchChange &c = project->changes.at(i);
        QStringList tagIds;
        for (const SqitchTag &tag : c.tags)
            tagIds.append(sqitchTagId(*project, tag, ids.at(i)));
        godwit.append(QStringList{c.name, c.key, dir.relativeFilePath(c.deployPath), dir.relativeFilePath(c.revertPath),
                                  dir.relativeFilePath(c.verifyPath), ids.at(i), tagIds.join(u',')}
                          .join(u'|'));
    }
    QCOMPARE(godwit, QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts));
}

void TestSqitchPlan::fixtures_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<std::optional<Dialect>>("dialect");
    QTest::addColumn<int>("changes");
    QTest::addColumn<int>("existingScripts"); ///< all three of every change, in these projects
    const QString root = QStringLiteral(GODWIT_TEST_DATA "/sqitch/");
    QTest::newRow("pg, tags and a rework") << root + u"pg_rework" << std::optional(Dialect::PostgreSQL) << 6 << 18;
    QTest::newRow("sqlite, two tags on a change, two reworks")
        << root + u"sqlite_tags" << std::optional(Dialect::SQLite) << 5 << 15;
    QTest::newRow("other projects, conflicts, change@tag, top_dir and [engine]")
        << root + u"deps" << std::optional(Dialect::PostgreSQL) << 4 << 12;
    QTest::newRow("a %uri to make canonical, notes with escapes, a tag without a note")
        << root + u"shop" << std::optional(Dialect::SQLite) << 5 << 15;
}

void TestSqitchPlan::fixtures()
{
    QFETCH(QString, folder);
    QFETCH(std::optional<Dialect>, dialect);
    QFETCH(int, changes);
    QFETCH(int, existingScripts);
    compareWithSqitch(folder);
    const std::optional<SqitchProject> project = readSqitchProject(folder);
    QVERIFY(project->dialect == dialect);
    QCOMPARE(project->changes.size(), changes);
    // Its pragmas alone, as status reads them: the same project and URI, no change, no problem.
    const std::optional<SqitchProject> header = readSqitchProject(folder, SqitchRead::Header);
    QVERIFY(header && header->changes.isEmpty() && header->problems.isEmpty());
    QCOMPARE(header->project, project->project);
    QCOMPARE(header->uri, project->uri);
    int existing = 0;
    for (const SqitchChange &c : project->changes) {
        for (const QString &path : {c.deployPath, c.revertPath, c.verifyPath})
            existing += QFile::exists(path) ? 1 : 0;
    }
    QCOMPARE(existing, existingScripts);
}

void TestSqitchPlan::badFixtures_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("where");
    const QString root = QStringLiteral(GODWIT_TEST_DATA "/sqitch/");
    QTest::newRow("requires nothing") << root + u"bad_unknown_require" << u"line 5, column 18"_s;
    QTest::newRow("no planner") << root + u"bad_syntax" << u"line 6, column 39"_s;
}

void TestSqitchPlan::badFixtures()
{
    QFETCH(QString, folder);
    QFETCH(QString, where);
    const std::optional<SqitchProject> project = readSqitchProject(folder);
    QVERIFY(project);
    QCOMPARE(project->problems.size(), 1);
    const FolderProblem &problem = project->problems.first();
    QCOMPARE(problem.severity, FolderProblem::Severity::Error);
    const QString plan = QDir(folder).filePath(u"sqitch.plan"_s);
    QCOMPARE(problem.files, QStringList{plan});
    QVERIFY2(problem.message.english().startsWith(plan + u", " + where + u": "), qPrintable(problem.message.english()));

    QByteArray out;
    int code = 0;
    QCOMPARE(run(folder, m_sqitch, {u"plan"_s, u"--no-headers"_s}, out, code), QProcess::NormalExit);
    QVERIFY2(code != 0, "sqitch accepts the plan Godwit refuses");
}

QString TestSqitchPlan::writeProject(const QByteArray &plan)
{
    const QString folder = m_work.filePath(QString::number(++m_projects));
    QDir().mkpath(folder);
    QFile conf(folder + u"/sqitch.conf");
    QFile file(folder + u"/sqitch.plan");
    if (!conf.open(QIODevice::WriteOnly) || !file.open(QIODevice::WriteOnly))
        return {};
    conf.write("[core]\n\tengine = sqlite\n");
    file.write("%syntax-version=1.0.0\n%project=inline\n\n" + plan);
    return folder;
}

const QByteArray by = " 2026-12-04T21:34:35Z Marge <marge@example.com>";

void TestSqitchPlan::plans_data()
{
    QTest::addColumn<QByteArray>("plan");
    QTest::addColumn<QString>("error"); ///< "line L, column C: what", or empty: sqitch's reading is compared
    QTest::newRow("old +/- syntax, notes, folders, Unicode, own project named")
        << QByteArray("+ base" + by + " # a \\\\ note\\n2\n-old" + by + "\nschema/über [base inline:old]" + by +
                      "\n@v1" + by + "\n# comment\n\nbase [base@v1 @v1 !other:thing]" + by)
        << QString();
    QTest::newRow("blanks for dependencies") << QByteArray("a [ ]" + by + "\nb [\t]" + by) << QString();
    QTest::newRow("a lone #") << QByteArray("a" + by + "\n#\n") << u"line 5, column 1: invalid name"_s;
    QTest::newRow("duplicate tag") << QByteArray("a" + by + "\n@v1" + by + "\nb" + by + "\n@v1" + by)
                                   << u"line 7, column 2: tag \"v1\" duplicates the one on line 5"_s;
    QTest::newRow("rework without a tag") << QByteArray("a" + by + "\nb" + by + "\na" + by)
                                          << u"line 6, column 1: change \"a\" duplicates the one on line 4"_s;
    QTest::newRow("requires itself") << QByteArray("a [a]" + by)
                                     << u"line 4, column 4: change \"a\" cannot require itself"_s;
    QTest::newRow("requires a later change")
        << QByteArray("a [b]" + by + "\nb" + by)
        << u"line 4, column 4: change \"a\" is planned 1 change before the change \"b\""_s;
    QTest::newRow("requires a change of a later section")
        << QByteArray("a [b]" + by + "\n@v1" + by + "\nb" + by)
        << u"line 4, column 4: change \"a\" requires \"b\", which is planned nowhere before it"_s;
    QTest::newRow("change@tag before the change")
        << QByteArray("a" + by + "\n@v1" + by + "\nb [c@v1]" + by + "\nc" + by)
        << u"line 6, column 4: change \"b\" requires \"c@v1\""_s;
    QTest::newRow("blank in a dependency list")
        << QByteArray("a" + by + "\nb [ a]" + by) << u"line 5, column 4: \"\" is not a valid dependency"_s;
    QTest::newRow("bad name") << QByteArray("a:b" + by) << u"line 4, column 1: invalid name"_s;
    QTest::newRow("no timestamp") << QByteArray("a Marge <m@example.com>") << u"line 4, column 3: missing timestamp"_s;
    QTest::newRow("no such date") << QByteArray("a 2026-02-30T00:00:00Z Marge <m@example.com>")
                                  << u"line 4, column 3: 2026-02-30T00:00:00Z is no date and time"_s;
    QTest::newRow("tag first") << QByteArray("@v1" + by) << u"line 4, column 2: tag \"v1\" declared without"_s;
    QTest::newRow("HEAD") << QByteArray("HEAD" + by) << u"line 4, column 1: \"HEAD\" is a reserved name"_s;
}

void TestSqitchPlan::plans()
{
    QFETCH(QByteArray, plan);
    QFETCH(QString, error);
    const QString folder = writeProject(plan);
    QVERIFY(!folder.isEmpty());
    if (error.isEmpty()) {
        compareWithSqitch(folder);
        return;
    }
    const std::optional<SqitchProject> project = readSqitchProject(folder);
    QVERIFY(project);
    QCOMPARE(project->problems.size(), 1);
    const QString text = project->problems.first().message.english();
    QVERIFY2(text.startsWith(folder + u"/sqitch.plan, " + error), qPrintable(text));

    QByteArray out;
    int code = 0;
    QCOMPARE(run(folder, m_sqitch, {u"plan"_s, u"--no-headers"_s}, out, code), QProcess::NormalExit);
    QVERIFY2(code != 0, "sqitch accepts the plan Godwit refuses");
}

// Every fixture plan with one character dropped or one of sqitch's special characters added,
// at every 5th place of every line: sqitch (its plan parser, all plans in one perl process)
// and Godwit must accept and refuse the same ones, refuse a syntax error on the same line,
// and read the same changes, dependencies and tags from the plans both accept.
void TestSqitchPlan::mutations()
{
    const QDir work(m_work.filePath(u"mutations"_s));
    QVERIFY(work.mkpath(u"."_s));
    QFile conf(work.filePath(u"sqitch.conf"_s));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("[core]\n\tengine = pg\n");
    conf.close();
    QStringList files;
    QList<QByteArray> plans;
    for (const char *fixture : {"pg_rework", "sqlite_tags", "deps/db"}) {
        QFile file(QStringLiteral(GODWIT_TEST_DATA "/sqitch/") + QLatin1String(fixture) + u"/sqitch.plan");
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray plan = file.readAll();
        for (qsizetype at = 0; at < plan.size(); at += 5) {
            plans.append(QByteArray(plan).remove(at, 1));
            static const QByteArray special(" :@#![]/\\+-%0\0\t\xff", 16); // NUL, tab, no UTF-8
            plans.append(QByteArray(plan).insert(at, special.at(plans.size() % special.size())));
        }
    }
    for (const QByteArray &plan : plans) {
        QFile file(work.filePath(QString::number(files.size()) + u".plan"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(plan);
        files.append(file.fileName());
    }
    const QString script = uR"(
        use Path::Class qw(file);
        my $s = App::Sqitch->new(config => App::Sqitch::Config->new);
        for my $f (@ARGV) {
            my $t = App::Sqitch::Target->new(sqitch => $s);
            my $r = eval { App::Sqitch::Plan->new(sqitch => $s, target => $t, file => file($f))->load };
            if ($r) {
                print "ok ", join(" ", map { join "/", $_->name, scalar(my @r = $_->requires),
                    scalar(my @c = $_->conflicts), map { $_->name } $_->tags } @{ $r->{changes} }), "\n";
            } else {
                my ($line) = "$@" =~ /^Syntax error in \S+ at line (\d+)/;
                print "error ", $line // "?", "\n";
            }
        })"_s;
    QByteArray out;
    int code = 0;
    QCOMPARE(run(work.path(), m_perl,
                 QStringList{u"-MApp::Sqitch"_s, u"-MApp::Sqitch::Config"_s, u"-MApp::Sqitch::Target"_s,
                             u"-MApp::Sqitch::Plan"_s, u"-CO"_s, u"-e"_s, script} + files,
                 out, code),
             QProcess::NormalExit);
    QVERIFY2(code == 0, out.constData());
    const QStringList sqitch = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(sqitch.size(), plans.size());
    int refused = 0;
    static const QRegularExpression lineOf(u", line (\\d+), "_s);
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const SqitchProject project = parseSqitchPlan(files.at(i), plans.at(i), SqitchLayout::under(work.path()));
        QString godwit;
        if (project.problems.isEmpty()) {
            QStringList changes;
            for (const SqitchChange &c : project.changes) {
                QStringList fields{c.name, QString::number(c.requirements.size()), QString::number(c.conflicts.size())};
                for (const SqitchTag &tag : c.tags)
                    fields.append(tag.name);
                changes.append(fields.join(u'/'));
            }
            godwit = u"ok " + changes.join(u' ');
        } else {
            ++refused;
            const QString line = lineOf.match(project.problems.first().message.english()).captured(1);
            godwit = u"error " + (sqitch.at(i).endsWith(u'?') ? u"?"_s : line);
        }
        QVERIFY2(godwit == sqitch.at(i), qPrintable(u"%1 (%2): sqitch says %3"_s.arg(godwit, files.at(i), sqitch.at(i))));
    }
    QVERIFY(refused > 0 && refused < plans.size());
}

void TestSqitchPlan::configuration()
{
    QVERIFY(dialectOfSqitchEngine(u"pg"_s) == Dialect::PostgreSQL);
    QVERIFY(dialectOfSqitchEngine(u"cockroach"_s) == Dialect::PostgreSQL);
    QVERIFY(dialectOfSqitchEngine(u"sqlite"_s) == Dialect::SQLite);
    QVERIFY(dialectOfSqitchEngine(u"mysql"_s) == Dialect::MySQL);
    QVERIFY(!dialectOfSqitchEngine(u"oracle"_s));

    // A named target's URI gives the engine; settings come from target, engine, then core.
    const QString folder = m_work.filePath(u"conf"_s);
    QDir().mkpath(folder + u"/sql");
    QFile conf(folder + u"/sqitch.conf");
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("; a comment\n[core]\n\ttarget = prod\n\ttop_dir = sql ; trailing comment\n"
               "\textension = \"ddl\" # quoted\n[engine \"mysql\"]\n\tdeploy_dir = up\n"
               "[target \"prod\"]\n\turi = db:maria://db.example.com/shop\n\tverify_dir = checks\n");
    conf.close();
    QFile plan(folder + u"/sql/sqitch.plan");
    QVERIFY(plan.open(QIODevice::WriteOnly));
    plan.write("%project=conf\n\nfirst" + by + "\n");
    plan.close();
    const std::optional<SqitchProject> project = readSqitchProject(folder);
    QVERIFY(project);
    QCOMPARE(project->engine, u"mysql"_s);
    QVERIFY(project->dialect == Dialect::MySQL);
    QCOMPARE(project->problems.size(), 0);
    QCOMPARE(project->changes.size(), 1);
    const SqitchChange &first = project->changes.first();
    QCOMPARE(first.deployPath, QString(folder + u"/up/first.ddl"));
    QCOMPARE(first.revertPath, QString(folder + u"/sql/revert/first.ddl"));
    QCOMPARE(first.verifyPath, QString(folder + u"/checks/first.ddl"));
    compareWithSqitch(folder);
}

void TestSqitchPlan::notASqitchFolder()
{
    QCOMPARE(readSqitchProject(QStringLiteral(GODWIT_TEST_DATA "/formats")).has_value(), false);
}

QTEST_GUILESS_MAIN(TestSqitchPlan)
#include "tst_sqitchplan.moc"
