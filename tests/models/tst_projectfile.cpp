#include "target/connectionspec.h"
#include "migrations/projectfile.h"

#include <QDirIterator>
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
    void shippedFilesAreAccepted_data();
    void shippedFilesAreAccepted();
    void everyKeyAccepted();
    void saveRefusesWhatLoadingWould();
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

// Each row: godwit.json as written and the first line of the error, after the file's path:
// line:column, the key path, what was expected and what was found.
static void row(const char *name, const char *json, const QString &expected)
{
    QTest::newRow(name) << QByteArray(json) << expected;
}

// The rows of errors_data() about the format, the order, the naming and the default profile.
static void formatRows();

void TestProjectFile::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    row("syntax error", "{\n  \"format\": \"flyway\",\n  \"profiles\": { oops }\n}\n",
        u"3:18: unterminated object"_s);
    row("syntax error beside a password", "{\"profiles\": {\"p\": {\"password\": \"hunter2\",}}}",
        u"1:44: object is missing after a comma"_s);
    row("typo in database", "{\"profiles\": {\"prod\": {\"driver\": \"postgresql\", \"host\": \"db\",\n"
                            "  \"databse\": \"app\", \"user\": \"deploy\"}}}",
        u"2:3: profiles.prod.databse: unknown key; did you mean \"database\"?"_s);
    row("port as a string", "{\"profiles\": {\"prod\": {\n  \"driver\": \"postgresql\", \"host\": \"db\", \"database\": \"app\",\n"
                            "  \"user\": \"deploy\", \"port\": \"55432\"}}}",
        u"3:29: profiles.prod.port: expected an integer from 1 to 65535, got \"55432\""_s);
    row("negative port", "{\"profiles\": {\"p\": {\"driver\": \"mysql\", \"port\": -1}}}",
        u"1:48: profiles.p.port: expected an integer from 1 to 65535, got -1"_s);
    row("fractional port", "{\"profiles\": {\"p\": {\"driver\": \"mysql\", \"port\": 55432.7}}}",
        u"1:48: profiles.p.port: expected an integer from 1 to 65535, got 55432.7"_s);
    row("port out of range", "{\"profiles\": {\"p\": {\"driver\": \"mysql\", \"port\": 70000}}}",
        u"1:48: profiles.p.port: expected an integer from 1 to 65535, got 70000"_s);
    row("migrations a number", "{\"migrations\": 5}", u"1:16: migrations: expected a non-empty string, got 5"_s);
    row("migrations empty", "{\"migrations\": \"\"}", u"1:16: migrations: expected a non-empty string, got \"\""_s);
    row("near-miss top-level key", "{\"migration\": \"db\"}", u"1:2: migration: unknown key; did you mean \"migrations\"?"_s);
    row("unknown top-level key", "{\n  \"colour\": \"blue\"}",
        u"2:3: colour: unknown key (known: migrations, format, naming, order, defaultProfile, profiles, settings, history, checklist, lint)"_s);
    row("unknown environment", "{\"profiles\": {\"p\": {\"driver\": \"sqlite\", \"path\": \"a.db\", \"environment\": \"prod\"}}}",
        u"1:72: profiles.p.environment: unknown environment \"prod\" (known: development, staging, production)"_s);
    row("environment a number", "{\"profiles\": {\"p\": {\"driver\": \"sqlite\", \"path\": \"a.db\", \"environment\": 3}}}",
        u"1:72: profiles.p.environment: expected one of development, staging, production, got 3"_s);
    row("settings not an object", "{\"settings\": \"fast\"}", u"1:14: settings: expected an object, got a string"_s);
    row("busy timeout a string", "{\"settings\": {\"busyTimeoutMs\": \"100\"}}",
        u"1:32: settings.busyTimeoutMs: expected an integer from 0 to 86400000, got \"100\""_s);
    row("lock timeout a number", "{\"settings\": {\"lockTimeout\": 5}}",
        u"1:30: settings.lockTimeout: expected a duration such as \"5s\", \"500ms\" or \"10min\", got 5"_s);
    row("lock timeout no duration", "{\"settings\": {\"statementTimeout\": \"5 parsecs\"}}",
        u"1:35: settings.statementTimeout: expected a duration such as \"5s\", \"500ms\" or \"10min\", got \"5 parsecs\""_s);
    row("run lock timeout negative", "{\"settings\": {\"runLockTimeoutSeconds\": -5}}",
        u"1:40: settings.runLockTimeoutSeconds: expected an integer from 0 to 86400, got -5"_s);
    row("settings near-miss", "{\"settings\": {\"lockTimeOut\": \"5s\"}}",
        u"1:15: settings.lockTimeOut: unknown key; did you mean \"lockTimeout\"?"_s);
    row("lint an array", "{\"lint\": []}", u"1:10: lint: expected an object, got an array"_s);
    row("history tool misspelt", "{\"history\": {\"adopt\": \"flyaway\"}}",
        u"1:23: history.adopt: unknown adopt \"flyaway\" (known: flyway, golang-migrate, dbmate, goose, diesel, prisma, sqitch, custom)"_s);
    row("custom history without its column", "{\"history\": {\"adopt\": \"custom\", \"table\": \"runs\"}}",
        u"1:13: history: a custom history needs \"column\""_s);
    row("a tool's history with custom keys", "{\"history\": {\"adopt\": \"dbmate\", \"value\": \"stem\"}}",
        u"1:33: history.value: read for a custom history only: dbmate keeps its own columns"_s);
    row("history mode unknown", "{\"history\": {\"mode\": \"both\", \"adopt\": \"dbmate\"}}",
        u"1:22: history.mode: unknown mode \"both\" (known: adopt, interop)"_s);
    row("lint near-miss", "{\"lint\": {\"rule\": {}}}", u"1:11: lint.rule: unknown key; did you mean \"rules\"?"_s);
    row("lint severity", "{\"lint\": {\"rules\": {\"truncate\": \"fatal\"}}}",
        u"1:33: lint.rules.truncate: unknown severity \"fatal\" (known: off, info, warning, error)"_s);
    row("lint severity a number", "{\"lint\": {\"rules\": {\"truncate\": 2}}}",
        u"1:33: lint.rules.truncate: expected one of off, info, warning, error, got 2"_s);
    row("lint server a number", "{\"lint\": {\"server\": 8}}", u"1:21: lint.server: expected a non-empty string, got 8"_s);
    row("checklist items an object", "{\"checklist\": {\"items\": {}}}",
        u"1:25: checklist.items: expected an array, got an object"_s);
    row("checklist required a string", "{\"checklist\": {\"items\": [{\"id\": \"a\", \"title\": \"A\", \"required\": \"yes\"}]}}",
        u"1:64: checklist.items[0].required: expected true or false, got \"yes\""_s);
    row("profiles an array", "{\"profiles\": []}", u"1:14: profiles: expected an object, got an array"_s);
    row("profile a URL string", "{\"profiles\": {\"p\": \"postgres://u:hunter2@h/db\"}}",
        u"1:20: profiles.p: expected an object, got a string"_s);
    row("driver missing", "{\"profiles\": {\"p\": {\"path\": \"a.db\"}}}",
        u"1:20: profiles.p: missing \"driver\" (sqlite, postgresql or mysql)"_s);
    row("unknown driver", "{\"profiles\": {\"p\": {\"driver\": \"oracle\"}}}",
        u"1:31: profiles.p.driver: unknown driver \"oracle\" (known: sqlite, postgresql, mysql)"_s);
    row("postgresql without database", "{\"profiles\": {\"p\": {\"driver\": \"postgres\", \"host\": \"db\", \"user\": \"u\"}}}",
        u"1:20: profiles.p: a postgresql profile needs \"database\"; there is no default"_s);
    row("mysql without user", "{\"profiles\": {\"p\": {\"driver\": \"mariadb\", \"host\": \"db\", \"database\": \"d\"}}}",
        u"1:20: profiles.p: a mysql profile needs \"user\"; there is no default"_s);
    row("server without host or socket", "{\"profiles\": {\"p\": {\"driver\": \"pg\", \"database\": \"d\", \"user\": \"u\"}}}",
        u"1:20: profiles.p: a postgresql profile needs \"host\" or \"socket\"; there is no default"_s);
    row("sqlite without path", "{\"profiles\": {\"p\": {\"driver\": \"sqlite\"}}}",
        u"1:20: profiles.p: a sqlite profile needs \"path\"; there is no default"_s);
    row("sqlite with a host", "{\"profiles\": {\"p\": {\"driver\": \"sqlite\", \"path\": \"a.db\", \"host\": \"db\"}}}",
        u"1:57: profiles.p.host: not read for a sqlite profile (it reads path)"_s);
    row("server with a path", "{\"profiles\": {\"p\": {\"driver\": \"mysql\", \"path\": \"a.db\"}}}",
        u"1:40: profiles.p.path: not read for a mysql profile (it reads host, socket, port, database, user, options)"_s);
    row("password in a profile", "{\"profiles\": {\"p\": {\"driver\": \"postgresql\", \"password\": \"hunter2\"}}}",
        u"1:45: profiles.p.password: holds a password; a password comes from the keychain (window), GODWIT_PASSWORD or "
        "the engine's own variable (command line) or the prompt, never from a file or the command line"_s);
    row("password in options", "{\"profiles\": {\"p\": {\"driver\": \"postgresql\", \"options\": {\"password\": \"hunter2\"}}}}",
        u"1:57: profiles.p.options.password: holds a password; a password comes from the keychain (window), "
        "GODWIT_PASSWORD or the engine's own variable (command line) or the prompt, never from a file or the command line"_s);
    row("password at the top", "{\"dbPassword\": \"hunter2\"}", u"1:2: dbPassword: holds a password; a password comes "
        "from the keychain (window), GODWIT_PASSWORD or the engine's own variable (command line) or the prompt, never "
        "from a file or the command line"_s);
    row("option that moves the target", "{\"profiles\": {\"p\": {\"driver\": \"postgresql\", \"host\": \"h\", \"database\": \"d\", "
        "\"user\": \"u\", \"options\": {\"dbname\": \"other\"}}}}",
        u"1:100: profiles.p.options.dbname: not a driver option Godwit passes on (known: sslmode, sslrootcert, sslcert, "
        "sslkey, sslcrl, sslcrldir, sslsni, sslcompression, ssl_min_protocol_version, ssl_max_protocol_version, gssencmode, "
        "krbsrvname, gsslib, channel_binding, requirepeer, require_auth, target_session_attrs, tcp_user_timeout, "
        "connect_timeout, passfile)"_s);
    row("option value smuggling a password", "{\"profiles\": {\"p\": {\"driver\": \"postgresql\", \"host\": \"h\", \"database\": "
        "\"d\", \"user\": \"u\", \"options\": {\"sslmode\": \"disable password=hunter2\"}}}}",
        u"1:100: profiles.p.options.sslmode: the value may not hold spaces, quotes, backslashes, ';' or control characters: "
        "the driver would read them as further options"_s);
    row("mysql option smuggling", "{\"profiles\": {\"p\": {\"driver\": \"mysql\", \"host\": \"h\", \"database\": \"d\", "
        "\"user\": \"u\", \"options\": {\"SSL_CA\": \"ca.pem;MYSQL_PWD=hunter2\"}}}}",
        u"1:95: profiles.p.options.SSL_CA: the value may not hold spaces, quotes, backslashes, ';' or control characters: "
        "the driver would read them as further options"_s);
    row("sqlite with options", "{\"profiles\": {\"p\": {\"driver\": \"sqlite\", \"path\": \"a\", \"options\": {}}}}",
        u"1:54: profiles.p.options: not read for a sqlite profile (it reads path)"_s);
    row("key written twice", "{\"profiles\": {\"p\": {\"driver\": \"postgresql\", \"host\": \"h\", \"database\": \"d\",\n"
        "  \"user\": \"u\", \"database\": \"other\"}}}",
        u"2:16: profiles.p.database: written twice (first at line 1, column 58); only one would be read"_s);
    formatRows();
}

static void formatRows()
{
    row("unknown format", "{\"format\": \"liquibase\"}", u"1:12: format: unknown format \"liquibase\" (known: auto, "
        "golang-migrate, flyway, dbmate, goose, paired, sections, diesel, custom, prisma, sqitch, alembic)"_s);
    row("format a number", "{\"format\": 3}", u"1:12: format: expected one of auto, golang-migrate, flyway, dbmate, goose, "
        "paired, sections, diesel, custom, prisma, sqitch, alembic, got 3"_s);
    row("unknown order", "{\"order\": \"date\"}", u"1:11: order: unknown order \"date\" (known: version, name)"_s);
    row("bad pattern", "{\"naming\": {\"pattern\": \"(?<version>\\\\d+\"}}",
        u"1:24: naming.pattern: missing closing parenthesis at offset 14"_s);
    row("pattern without version", "{\"naming\": {\"pattern\": \"^(\\\\d+)\\\\.sql$\"}}",
        u"1:24: naming.pattern: needs a named group \"version\""_s);
    row("unknown default profile", "{\"defaultProfile\": \"x\", \"profiles\": {}}",
        u"1:20: defaultProfile: \"x\" is not among the profiles (known: none)"_s);
    row("profile name with a dot", "{\"profiles\": {\"eu.prod\": {\"driver\": \"sqlite\", \"path\": \"a\", \"port\": 1}}}",
        u"1:60: profiles.\"eu.prod\".port: not read for a sqlite profile (it reads path)"_s);
}

void TestProjectFile::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const ProjectLoad load = loadProject(write(dir, json));
    QVERIFY(!load.project);
    // One line, without the file's line as an excerpt: it may hold a password.
    QCOMPARE(load.error, dir.path() + u"/godwit.json:"_s + expected);
    QVERIFY2(!load.error.contains(u"hunter2"_s), qPrintable(load.error));
}

// What Godwit ships and its fixtures are read as they are.
void TestProjectFile::shippedFilesAreAccepted_data()
{
    QTest::addColumn<QString>("folder");
    for (const QString &root : {QStringLiteral(GODWIT_TEST_DATA), QStringLiteral(GODWIT_TEST_DATA "/../../resources")}) {
        QDirIterator it(root, {u"godwit.json"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString folder = QFileInfo(it.next()).absolutePath();
            QTest::newRow(qPrintable(QDir(QStringLiteral(GODWIT_TEST_DATA "/../..")).relativeFilePath(folder))) << folder;
        }
    }
}

void TestProjectFile::shippedFilesAreAccepted()
{
    QFETCH(QString, folder);
    const ProjectLoad load = loadProject(folder);
    QVERIFY2(load.project, qPrintable(load.error));
    QVERIFY(load.project->hasProjectFile);
}

void TestProjectFile::everyKeyAccepted()
{
    QTemporaryDir dir;
    const ProjectLoad load = loadProject(write(dir, R"({
        "migrations": "db", "format": "auto", "naming": {"pattern": "^(?<version>\\d+)_(?<description>.+)\\.sql$"},
        "defaultProfile": "local",
        "profiles": {
            "local": {"driver": "sqlite", "path": "a.db", "environment": "development"},
            "socket": {"driver": "mysql", "socket": "/run/mysqld/mysqld.sock", "database": "d", "user": "u",
                       "options": {"SSL_CA": "/etc/ssl/ca.pem"}},
            "prod": {"driver": "postgresql", "host": "h", "port": 6432, "database": "d", "user": "u",
                     "environment": "production", "options": {"sslmode": "verify-full", "connect_timeout": "5"}}
        },
        "settings": {"busyTimeoutMs": 500, "lockTimeout": "5s", "statementTimeout": "10min", "schema": "app",
                     "runLockTimeoutSeconds": 30},
        "checklist": {"stagingProfile": "local", "items": [{"id": "a", "title": "A", "section": "after", "check": "manual",
                      "required": true}]},
        "lint": {"server": "mariadb 10.11", "rules": {"truncate": "off"}}
    })"));
    QVERIFY2(load.project, qPrintable(load.error));
    QCOMPARE(load.project->busyTimeoutMs, 500);
    QCOMPARE(load.project->runLockTimeoutSeconds, 30);
    const auto socket = connectionFromProfile(*load.project->profile(u"socket"_s), dir.path());
    QVERIFY2(socket.spec, qPrintable(socket.error));
    QCOMPARE(socket.spec->options.value(u"UNIX_SOCKET"_s), u"/run/mysqld/mysqld.sock"_s);
    QCOMPARE(load.project->profile(u"prod"_s)->port, 6432);
}

// The profiles dialog writes through saveProfiles: what loading would refuse is not written.
void TestProjectFile::saveRefusesWhatLoadingWould()
{
    QTemporaryDir dir;
    const QString folder = write(dir, R"({"migrations": "db"})");
    Profile p;
    p.name = u"prod"_s;
    p.driver = u"postgresql"_s;
    p.host = u"h"_s;
    p.user = u"u"_s;
    QString error = saveProfiles(folder, {{p.name, p}}, p.name);
    QVERIFY2(error.contains(u"profiles.prod: a postgresql profile needs \"database\"; there is no default"_s), qPrintable(error));
    p.database = u"d"_s;
    p.options.insert(u"password"_s, u"hunter2"_s);
    error = saveProfiles(folder, {{p.name, p}}, p.name);
    QVERIFY2(error.contains(u"profiles.prod.options.password: holds a password"_s), qPrintable(error));
    QVERIFY(!error.contains(u"hunter2"_s));
    QFile file(dir.filePath(u"godwit.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(R"({"migrations": "db"})"));
    p.options.clear();
    QCOMPARE(saveProfiles(folder, {{p.name, p}}, p.name), QString());
    QVERIFY2(loadProject(folder).project, qPrintable(loadProject(folder).error));
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
    QCOMPARE(p.profile(u"prod"_s)->environment, Environment::Production);
}

void TestProjectFile::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("error");
    QTest::newRow("relative sqlite") << u"sqlite:data/x.db"_s << u"sqlite:/base/data/x.db"_s << QString();
    QTest::newRow("absolute sqlite") << u"sqlite:///tmp/x.db"_s << u"sqlite:/tmp/x.db"_s << QString();
    QTest::newRow("postgres") << u"postgres://app@localhost:5433/shop?sslmode=require"_s
                              << u"postgres://app@localhost:5433/shop"_s << QString();
    QTest::newRow("mariadb") << u"mariadb://root@127.0.0.1/shop"_s << u"mysql://root@127.0.0.1:3306/shop"_s << QString();
    QTest::newRow("mysql socket") << u"mysql://root@/shop?socket=/run/mysqld/mysqld.sock"_s << u"mysql://root@/shop"_s
                                  << QString();
    const QString where = u"--url: "_s;
    QTest::newRow("password in user part") << u"postgres://app:secret@localhost/shop"_s << QString()
                                           << u"--url: the URL's user part holds a password"_s;
    QTest::newRow("encoded colon in user") << u"postgres://app%3Asecret@localhost/shop"_s << QString()
                                           << u"--url: the URL's user part holds a password"_s;
    QTest::newRow("password in query") << u"postgres://app@localhost/shop?password=secret"_s << QString()
                                       << u"--url: the query parameter \"password\" holds a password"_s;
    QTest::newRow("sslpassword in query") << u"postgres://app@localhost/shop?sslpassword=secret"_s << QString()
                                          << u"--url: the query parameter \"sslpassword\" holds a password"_s;
    QTest::newRow("mysql pwd in query") << u"mysql://root@h/shop?MYSQL_PWD=secret"_s << QString()
                                        << u"--url: the query parameter \"MYSQL_PWD\" holds a password"_s;
    QTest::newRow("smuggled in a value") << u"postgres://app@h/shop?sslmode=disable%20password%3Dsecret"_s << QString()
                                         << u"--url: the query parameter \"sslmode\" the value may not hold spaces"_s;
    QTest::newRow("option moving the target") << u"postgres://app@h/shop?dbname=other"_s << QString()
                                              << u"--url: the query parameter \"dbname\" not a driver option"_s;
    QTest::newRow("libpq conninfo") << u"host=h dbname=shop user=app password=secret"_s << QString()
                                    << u"--url: a key=value connection string is not accepted"_s;
    QTest::newRow("no scheme") << u"app:secret@h/shop"_s << QString() << u"--url: not a connection URL"_s;
    QTest::newRow("sqlite with a query") << u"sqlite:x.db?password=secret"_s << QString()
                                         << u"--url: a sqlite: URL takes no query"_s;
    QTest::newRow("no user") << u"postgres://localhost/shop"_s << QString() << u"--url: the URL names no user"_s;
    QTest::newRow("no database") << u"mysql://root@localhost"_s << QString() << u"--url: the URL names no database"_s;
    QTest::newRow("garbage") << u"oracle://x"_s << QString() << where;
}

void TestProjectFile::urls()
{
    QFETCH(QString, url);
    QFETCH(QString, display);
    QFETCH(QString, error);
    const auto parsed = parseConnectionUrl(url, u"/base"_s);
    if (display.isEmpty()) {
        QVERIFY(!parsed.spec);
        QVERIFY2(parsed.error.startsWith(error), qPrintable(parsed.error));
        QVERIFY2(!parsed.error.contains(u"secret"_s) && !parsed.error.contains(u"app%3A"_s), qPrintable(parsed.error));
        return;
    }
    QVERIFY2(parsed.spec, qPrintable(parsed.error));
    QCOMPARE(parsed.spec->display(), display);
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
