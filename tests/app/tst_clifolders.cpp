#include "support/clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/*! Folders as teams have them, through godwit-cli: a runner that recognised nothing never
    reports success (issue #16). */
class TestCliFolders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingRecognisedIsNoSuccess_data();
    void nothingRecognisedIsNoSuccess();
    void emptyFolderIsUpToDate();
    void conventionalSubfolder_data();
    void conventionalSubfolder();

private:
    godwit::test::CliOutput cli(const QTemporaryDir &dir, const QStringList &args) const
    {
        return godwit::test::runCli(QStringList{u"--url"_s, u"sqlite:"_s + dir.filePath(u"db.sqlite"_s), u"--project"_s,
                                                dir.filePath(u"migrations"_s)} + args,
                                    dir.path(), dir.filePath(u"xdg"_s));
    }
    static void write(const QString &path, const QByteArray &text)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
};

void TestCliFolders::nothingRecognisedIsNoSuccess_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");
    QTest::newRow("status") << QStringList{u"status"_s} << 2;
    QTest::newRow("plan") << QStringList{u"plan"_s} << 2;
    QTest::newRow("up") << QStringList{u"up"_s} << 2;
    QTest::newRow("down") << QStringList{u"down"_s} << 2;
    QTest::newRow("dry-run") << QStringList{u"dry-run"_s} << 2;
}

// SQL files named as no runner Godwit knows (and a Prisma-like NAME/migration.sql): every
// command says nothing was recognised, exits 2, and leaves no database file behind.
void TestCliFolders::nothingRecognisedIsNoSuccess()
{
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    QTemporaryDir dir;
    write(dir.filePath(u"migrations/create_users.sql"_s), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
    write(dir.filePath(u"migrations/20240101_init/migration.sql"_s), "CREATE TABLE orders (id INTEGER);\n");
    const auto r = cli(dir, args);
    QCOMPARE(r.exit, exit);
    const QString said = r.out + r.err;
    QVERIFY2(said.contains(u"no migration recognised: 2 .sql files match no naming"_s)
                 && said.contains(u"20240101_init/migration.sql"_s),
             qPrintable(said));
    QVERIFY2(!said.contains(u"up to date"_s), qPrintable(said));
    QVERIFY(!QFile::exists(dir.filePath(u"db.sqlite"_s)));
    const auto json = cli(dir, args + QStringList{u"--format"_s, u"json"_s});
    QCOMPARE(json.exit, exit);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    if (args.first() == u"status") {
        const QJsonArray problems = o.value(u"problems"_s).toArray();
        QVERIFY2(std::any_of(problems.cbegin(), problems.cend(),
                             [](const QJsonValue &p) { return p.toObject().value(u"kind"_s) == u"nothing-recognised"_s; }),
                 qPrintable(json.out));
    } else {
        QCOMPARE(o.value(u"code"_s).toString(), u"folder-errors"_s);
    }
}

// An empty folder is a project not started yet: nothing to do is the truth there.
void TestCliFolders::emptyFolderIsUpToDate()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"migrations"_s));
    const auto r = cli(dir, {u"up"_s});
    QCOMPARE(r.exit, 0);
}

void TestCliFolders::conventionalSubfolder_data()
{
    QTest::addColumn<QString>("sub");
    QTest::newRow("migrations") << u"migrations"_s;
    QTest::newRow("db/migrations") << u"db/migrations"_s;
}

// A project folder without godwit.json whose migrations sit where golang-migrate, goose or
// dbmate put them by default: found there, and run.
void TestCliFolders::conventionalSubfolder()
{
    QFETCH(QString, sub);
    QTemporaryDir dir;
    write(dir.filePath(sub + u"/0001_users.up.sql"_s), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
    write(dir.filePath(sub + u"/0001_users.down.sql"_s), "DROP TABLE users;\n");
    const auto r = godwit::test::runCli({u"--url"_s, u"sqlite:"_s + dir.filePath(u"db.sqlite"_s), u"--project"_s, dir.path(),
                                         u"up"_s},
                                        dir.path(), dir.filePath(u"xdg"_s));
    QVERIFY2(r.exit == 0 && r.out.contains(u"0001"_s), qPrintable(r.out + r.err));
}

QTEST_GUILESS_MAIN(TestCliFolders)
#include "tst_clifolders.moc"
