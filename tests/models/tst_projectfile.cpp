#include "database/connectionspec.h"
#include "migrations/projectfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

class TestProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errors_data();
    void errors();
    void profilesAndFolders();
    void urls_data();
    void urls();

private:
    static QString write(const QTemporaryDir &dir, const QByteArray &json);
};

QString TestProjectFile::write(const QTemporaryDir &dir, const QByteArray &json)
{
    QFile file(dir.filePath(u"godwit.json"_s));
    if (file.open(QIODevice::WriteOnly))
        file.write(json);
    return dir.path();
}

void TestProjectFile::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("syntax error names line and column")
        << QByteArray("{\n  \"format\": \"flyway\",\n  \"profiles\": { oops }\n}\n") << u"godwit.json:3:18"_s;
    QTest::newRow("unknown format") << QByteArray(R"({"format": "liquibase"})") << u"unknown format \"liquibase\""_s;
    QTest::newRow("password in file")
        << QByteArray(R"({"profiles": {"prod": {"driver": "postgresql", "password": "x"}}})") << u"holds a password"_s;
    QTest::newRow("bad pattern") << QByteArray(R"({"naming": {"pattern": "(?<version>\\d+"}})") << u"naming.pattern"_s;
    QTest::newRow("pattern without version") << QByteArray(R"({"naming": {"pattern": "^(\\d+)\\.sql$"}})")
                                             << u"named group \"version\""_s;
    QTest::newRow("unknown default profile") << QByteArray(R"({"defaultProfile": "x", "profiles": {}})")
                                             << u"defaultProfile \"x\""_s;
}

void TestProjectFile::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const ProjectLoad load = loadProject(write(dir, json));
    QVERIFY(!load.project);
    QVERIFY2(load.error.contains(expected), qPrintable(load.error));
    QVERIFY(load.error.contains(u"godwit.json"_s));
}

void TestProjectFile::profilesAndFolders()
{
    QTemporaryDir dir;
    const ProjectLoad load = loadProject(write(dir, R"({
        "migrations": "db/migrations",
        "format": "dbmate",
        "profiles": {
            "local": {"driver": "sqlite", "path": "data/app.db"},
            "prod": {"driver": "postgresql", "host": "db.internal", "database": "app", "user": "deploy",
                     "environment": "production", "options": {"sslmode": "verify-full"}}
        },
        "defaultProfile": "local"
    })"));
    QVERIFY2(load.project, qPrintable(load.error));
    const Project &p = *load.project;
    QCOMPARE(p.migrationsDir, dir.path() + u"/db/migrations"_s);
    QCOMPARE(p.format, Format::Dbmate);
    QCOMPARE(p.defaultProfile, u"local"_s);
    const auto local = connectionFromProfile(*p.profile(u"local"_s), p.directory);
    QCOMPARE(local.spec->path, dir.path() + u"/data/app.db"_s);
    const auto prod = connectionFromProfile(*p.profile(u"prod"_s), p.directory);
    QCOMPARE(prod.spec->dialect, Dialect::PostgreSQL);
    QCOMPARE(prod.spec->port, 5432);
    QCOMPARE(prod.spec->options.value(u"sslmode"_s), u"verify-full"_s);
    QCOMPARE(prod.spec->display(), u"postgres://deploy@db.internal:5432/app"_s);
    QCOMPARE(p.profile(u"prod"_s)->environment, u"production"_s);
}

void TestProjectFile::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("display");
    QTest::newRow("relative sqlite") << u"sqlite:data/x.db"_s << u"sqlite:/base/data/x.db"_s;
    QTest::newRow("absolute sqlite") << u"sqlite:///tmp/x.db"_s << u"sqlite:/tmp/x.db"_s;
    QTest::newRow("postgres") << u"postgres://app@localhost:5433/shop?sslmode=require"_s
                              << u"postgres://app@localhost:5433/shop"_s;
    QTest::newRow("mariadb") << u"mariadb://root@127.0.0.1/shop"_s << u"mysql://root@127.0.0.1:3306/shop"_s;
    QTest::newRow("password refused") << u"postgres://app:secret@localhost/shop"_s << QString();
    QTest::newRow("garbage") << u"oracle://x"_s << QString();
}

void TestProjectFile::urls()
{
    QFETCH(QString, url);
    QFETCH(QString, display);
    const auto parsed = parseConnectionUrl(url, u"/base"_s);
    if (display.isEmpty()) {
        QVERIFY(!parsed.spec);
        QVERIFY(!parsed.error.contains(u"secret"_s));
        return;
    }
    QVERIFY2(parsed.spec, qPrintable(parsed.error));
    QCOMPARE(parsed.spec->display(), display);
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
