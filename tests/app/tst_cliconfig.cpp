#include "support/testtargets.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! godwit-cli on hostile configuration, on every engine: godwit.json that would misdirect,
    passwords put where they do not belong, migration files that cannot be read. */
class TestCliConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void misdirectingProjectFile_data();
    void misdirectingProjectFile();
    void secretNeverShown_data();
    void secretNeverShown();
    void passwordFromTheEnvironment_data();
    void passwordFromTheEnvironment();
    void unreadableMigrationStopsStatusAndUp_data();
    void unreadableMigrationStopsStatusAndUp();

private:
    struct Run
    {
        int exit = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args, const QProcessEnvironment &extra = {});
    void writeFile(const QString &relative, const QByteArray &bytes);
    QStringList filesHolding(const QByteArray &text) const;
    static int tablesNamed(const ConnectionSpec &target, const QStringList &names);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

namespace {

const QByteArray secret = "Hunter2-SECRET-7d1f";

QByteArray serverProfile(const ConnectionSpec &target, const QByteArray &more)
{
    const QByteArray driver = target.dialect == Dialect::PostgreSQL ? "postgresql" : "mysql";
    return "{\"profiles\": {\"p\": {\"driver\": \"" + driver + "\", \"host\": \"" + target.host.toUtf8()
           + "\", \"port\": " + QByteArray::number(target.port) + ",\n  " + more + "}}}\n";
}

} // namespace

void TestCliConfig::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = m_dir->path();
    writeFile(u"migrations/001_a.up.sql"_s, "CREATE TABLE a (id INTEGER);\n");
    writeFile(u"migrations/001_a.down.sql"_s, "DROP TABLE a;\n");
}

TestCliConfig::Run TestCliConfig::cli(const QStringList &args, const QProcessEnvironment &extra)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"GODWIT_PASSWORD", "PGPASSWORD", "MYSQL_PWD"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg"_s));
    env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
    env.insert(extra);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir->path());
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(GODWIT_CLI), QStringList{u"--project"_s, m_project} + args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestCliConfig::writeFile(const QString &relative, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// Every file under the test's folder (the CLI's data folder and home included) whose name or
// bytes hold text, but godwit.json, which the test wrote.
QStringList TestCliConfig::filesHolding(const QByteArray &text) const
{
    QStringList found;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QString::fromUtf8(text))) {
            found << path;
            continue;
        }
        QFile file(path);
        if (it.fileName() != u"godwit.json" && it.fileInfo().isFile() && file.open(QIODevice::ReadOnly)
            && file.readAll().contains(text))
            found << path;
    }
    return found;
}

int TestCliConfig::tablesNamed(const ConnectionSpec &target, const QStringList &names)
{
    const auto connection = test::connect(target);
    if (!connection)
        return -1;
    QSqlQuery q(connection->database());
    const QString list = u"'"_s + names.join(u"', '"_s) + u"'"_s;
    const QString sql = target.dialect == Dialect::SQLite
                            ? u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN (%1)"_s
                            : target.dialect == Dialect::PostgreSQL
                                  ? u"SELECT count(*) FROM information_schema.tables WHERE table_name IN (%1)"_s
                                  : u"SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                                    "AND table_name IN (%1)"_s;
    return q.exec(sql.arg(list)) && q.next() ? q.value(0).toInt() : -1;
}

void TestCliConfig::misdirectingProjectFile_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("fault");
    for (const QString &engine : test::engines()) {
        for (const char *fault : {"typo", "port as a string", "unknown environment"})
            QTest::addRow("%s, %s", qPrintable(engine), fault) << engine << QString::fromLatin1(fault);
    }
}

// Before: "databse" connected to a database named after the user and created tables there;
// a port written as a string connected to 5432. Now: exit 2 naming file, line:column and key
// path, and nothing is applied anywhere.
void TestCliConfig::misdirectingProjectFile()
{
    QFETCH(QString, engine);
    QFETCH(QString, fault);
    GODWIT_FRESH_TARGET(target, engine, m_dir->path());
    QByteArray json;
    QString expected;
    const QString file = m_dir->filePath(u"godwit.json"_s);
    if (target->dialect == Dialect::SQLite) {
        const QByteArray path = target->path.toUtf8();
        if (fault == u"typo") {
            json = "{\"migrations\": \"migrations\", \"profiles\": {\"p\": {\"driver\": \"sqlite\",\n  \"pth\": \"" + path + "\"}}}\n";
            expected = file + u":2:3: profiles.p.pth: unknown key; did you mean \"path\"?"_s;
        } else if (fault == u"port as a string") {
            json = "{\"migrations\": \"migrations\", \"profiles\": {\"p\": {\"driver\": \"sqlite\",\n  \"path\": \"" + path
                   + "\", \"port\": \"5432\"}}}\n";
            expected = file + u":2:%1: profiles.p.port: expected an integer from 1 to 65535, got \"5432\""_s.arg(path.size() + 23);
        } else {
            json = "{\"migrations\": \"migrations\", \"profiles\": {\"p\": {\"driver\": \"sqlite\",\n  \"environment\": \"prod\", \"path\": \""
                   + path + "\"}}}\n";
            expected = file + u":2:18: profiles.p.environment: unknown environment \"prod\" (known: development, staging, "
                              "production)"_s;
        }
    } else {
        const QByteArray db = target->database.toUtf8();
        const QByteArray user = target->user.toUtf8();
        if (fault == u"typo") {
            json = serverProfile(*target, "\"databse\": \"" + db + "\", \"user\": \"" + user + "\"");
            expected = file + u":2:3: profiles.p.databse: unknown key; did you mean \"database\"?"_s;
        } else if (fault == u"port as a string") {
            json = "{\"profiles\": {\"p\": {\"driver\": \"" + QByteArray(engine == u"postgresql" ? "postgresql" : "mysql")
                   + "\", \"host\": \"127.0.0.1\", \"database\": \"" + db + "\",\n  \"user\": \"" + user + "\", \"port\": \""
                   + QByteArray::number(target->port) + "\"}}}\n";
            expected = file + u":2:%1: profiles.p.port: expected an integer from 1 to 65535, got \"%2\""_s
                                  .arg(user.size() + 23)
                                  .arg(target->port);
        } else {
            json = serverProfile(*target, "\"environment\": \"prod\", \"database\": \"" + db + "\", \"user\": \"" + user + "\"");
            expected = file + u":2:18: profiles.p.environment: unknown environment \"prod\" (known: development, staging, "
                              "production)"_s;
        }
        json.replace("{\"profiles\"", "{\"migrations\": \"migrations\", \"profiles\"");
    }
    writeFile(u"godwit.json"_s, json);
    for (const QString &command : {u"status"_s, u"up"_s}) {
        const Run r = cli({command, u"--profile"_s, u"p"_s});
        QCOMPARE(r.exit, 2);
        QCOMPARE(r.err.section(u'\n', 0, 0), u"godwit-cli: "_s + expected);
    }
    if (target->dialect == Dialect::SQLite)
        QVERIFY(!QFile::exists(target->path));
    else
        QCOMPARE(tablesNamed(*target, {u"a"_s, u"godwit_schema_history"_s}), 0);
}

void TestCliConfig::secretNeverShown_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("placement");
    QTest::addColumn<QString>("where");
    const QList<std::pair<const char *, const char *>> placements = {
        {"url user part", "--url: the URL's user part holds a password"},
        {"url query", "--url: the query parameter \"password\" holds a password"},
        {"url query smuggled in a value", "the value may not hold spaces"},
        {"url unknown option", "not a driver option Godwit passes on"},
        {"conninfo as url", "--url: a key=value connection string is not accepted"},
        {"conninfo as profile", "looks like a connection string and is not shown"},
        {"profile password", "profiles.p.password: holds a password"},
        {"profile option password", "profiles.p.options.password: holds a password"},
        {"profile unknown option", "not a driver option Godwit passes on"},
    };
    for (const QString &engine : test::engines()) {
        for (const auto &[placement, where] : placements)
            QTest::addRow("%s, %s", qPrintable(engine), placement)
                << engine << QString::fromLatin1(placement) << QString::fromUtf8(where);
    }
}

// Wherever a password is put — a URL's user part or query, a libpq connection string, a
// profile, its driver options — godwit-cli refuses it, exit 2, naming where and never what:
// not on stdout, not on stderr, not in any file. On MariaDB an unknown option used to reach
// QMYSQL, which printed it with its value.
void TestCliConfig::secretNeverShown()
{
    QFETCH(QString, engine);
    QFETCH(QString, placement);
    QFETCH(QString, where);
    GODWIT_FRESH_TARGET(target, engine, m_dir->path());
    const QString s = QString::fromUtf8(secret);
    const bool sqlite = target->dialect == Dialect::SQLite;
    const bool pg = target->dialect == Dialect::PostgreSQL;
    const QString url = target->display();
    const QString unknownOption = pg ? u"bogus"_s : u"MYSQL_OPT_BOGUS"_s;
    const QString smuggling = pg ? u"sslmode=disable%20password%3D"_s : u"SSL_CA=ca.pem%3BMYSQL_PWD%3D"_s;
    const QString conninfo = u"host=127.0.0.1 port=%1 dbname=%2 user=%3 password=%4"_s.arg(target->port)
                                 .arg(target->database, target->user, s);
    QStringList args{u"status"_s};
    QByteArray profileMore;
    if (placement == u"url user part")
        args << u"--url"_s << (sqlite ? QString(u"sqlite:x.db?password="_s + s) : QString(url).replace(u"@"_s, u":"_s + s + u"@"_s));
    else if (placement == u"url query")
        args << u"--url"_s << url + u"?password="_s + s;
    else if (placement == u"url query smuggled in a value")
        args << u"--url"_s << (sqlite ? QString(u"sqlite:x.db?key="_s + s) : QString(url + u"?"_s + smuggling + s));
    else if (placement == u"url unknown option")
        args << u"--url"_s << (QString(sqlite ? u"sqlite:x.db"_s : url) + u"?"_s + unknownOption + u"="_s + s);
    else if (placement == u"conninfo as url")
        args << u"--url"_s << conninfo;
    else if (placement == u"conninfo as profile")
        args << u"--profile"_s << conninfo;
    else if (placement == u"profile password")
        profileMore = "\"password\": \"" + secret + "\"";
    else if (placement == u"profile option password")
        profileMore = "\"options\": {\"password\": \"" + secret + "\"}";
    else
        profileMore = "\"options\": {\"" + unknownOption.toUtf8() + "\": \"" + secret + "\"}";
    if (!profileMore.isEmpty()) {
        const QByteArray own = sqlite ? QByteArray("\"path\": \"" + target->path.toUtf8() + "\"")
                                      : QByteArray("\"database\": \"" + target->database.toUtf8() + "\", \"user\": \""
                                                   + target->user.toUtf8() + "\"");
        writeFile(u"godwit.json"_s,
                  sqlite ? QByteArray("{\"profiles\": {\"p\": {\"driver\": \"sqlite\", " + own + ",\n  " + profileMore + "}}}\n")
                         : serverProfile(*target, own + ", " + profileMore));
        args << u"--profile"_s << u"p"_s;
    }
    if (sqlite && (placement.startsWith(u"url query") || placement == u"url unknown option" || placement == u"url user part"))
        where = u"--url: a sqlite: URL takes no query"_s;
    if (sqlite && placement == u"profile unknown option")
        where = u"profiles.p.options: not read for a sqlite profile"_s;
    const Run r = cli(args);
    QVERIFY2(r.err.contains(where), qPrintable(r.err));
    QCOMPARE(r.exit, 2);
    QVERIFY2(!r.err.contains(s) && !r.out.contains(s), qPrintable(r.err + r.out));
    QCOMPARE(filesHolding(secret), QStringList());
}

void TestCliConfig::passwordFromTheEnvironment_data()
{
    test::addEngineRows();
}

// The way a password is meant to come: GODWIT_PASSWORD. It is used and never shown.
void TestCliConfig::passwordFromTheEnvironment()
{
    QFETCH(QString, engine);
    GODWIT_FRESH_TARGET(target, engine, m_dir->path());
    QProcessEnvironment env;
    env.insert(u"GODWIT_PASSWORD"_s, QString::fromUtf8(secret));
    const Run r = cli({u"status"_s, u"--url"_s, target->display(), u"--format"_s, u"json"_s}, env);
    QVERIFY2(!r.err.contains(QString::fromUtf8(secret)) && !r.out.contains(QString::fromUtf8(secret)),
             qPrintable(r.err + r.out));
    QCOMPARE(filesHolding(secret), QStringList());
    // The test servers trust their users: PostgreSQL ignores the password; MariaDB's root has
    // none and refuses one, which is an error that must not quote it either.
    if (target->dialect != Dialect::MySQL)
        QVERIFY2(r.exit == 0, qPrintable(r.err));
}

void TestCliConfig::unreadableMigrationStopsStatusAndUp_data()
{
    test::addEngineRows();
}

// A diesel migration whose up.sql is a dangling link used to be skipped and the rest applied
// around it. Now status and up both name it with the reason, and up applies nothing.
void TestCliConfig::unreadableMigrationStopsStatusAndUp()
{
    QFETCH(QString, engine);
    GODWIT_FRESH_TARGET(target, engine, m_dir->path());
    const QString folder = m_dir->filePath(u"diesel"_s);
    writeFile(u"diesel/2024-01-01-120000_a/up.sql"_s, "CREATE TABLE a (id INTEGER);\n");
    writeFile(u"diesel/2024-01-01-120000_a/down.sql"_s, "DROP TABLE a;\n");
    QVERIFY(QDir().mkpath(folder + u"/2024-01-02-120000_b"_s));
    QVERIFY(QFile::link(u"/nonexistent/up.sql"_s, folder + u"/2024-01-02-120000_b/up.sql"_s));
    writeFile(u"diesel/2024-01-03-120000_c/up.sql"_s, "CREATE TABLE c (id INTEGER);\n");
    writeFile(u"diesel/2024-01-03-120000_c/down.sql"_s, "DROP TABLE c;\n");
    const QString message = u"2024-01-02-120000_b/up.sql cannot be read: a dangling symbolic link to /nonexistent/up.sql"_s;
    m_project = folder;
    Run r = cli({u"status"_s, u"--url"_s, target->display()});
    QCOMPARE(r.exit, 2);
    QVERIFY2(QString(r.out + r.err).contains(message), qPrintable(r.out + r.err));
    r = cli({u"up"_s, u"--url"_s, target->display()});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(tablesNamed(*target, {u"a"_s, u"c"_s}), 0);
}

QTEST_GUILESS_MAIN(TestCliConfig)
#include "tst_cliconfig.moc"
