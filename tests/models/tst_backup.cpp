#include "database/backup.h"

#include "support/testtargets.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! Backups on SQLite, PostgreSQL and MariaDB, with the real tools: a backup, destructive
    migrations applied, a restore, and schema, rows and history are as they were. */
class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data() { test::addEngineRows(); }
    void roundTrip();
    void tamperedBackupIsRefused();
    void missingDatabaseIsNoBackup();
    void privateFiles_data() { test::addEngineRows(); }
    void privateFiles();
    void restoreCommandThroughShell_data();
    void restoreCommandThroughShell();
    void slashInName_data();
    void slashInName();
    void shellQuoting_data();
    void shellQuoting();
};

namespace {

constexpr QFile::Permissions everyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                        | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                                        | QFile::ExeOther;

QFile::Permissions modeOf(const QString &path)
{
    return QFile::permissions(path) & everyone;
}

// A target named `name` next to the harness's fresh one: a file, or a database of the server.
std::optional<ConnectionSpec> namedTarget(const ConnectionSpec &fresh, const QString &name)
{
    ConnectionSpec spec = fresh;
    if (fresh.dialect == Dialect::SQLite) {
        spec.path = QFileInfo(fresh.path).dir().filePath(name + u".sqlite"_s);
        return spec;
    }
    auto admin = test::connect(fresh);
    QSqlQuery q(admin->database());
    if (!q.exec(u"CREATE DATABASE "_s + quotedIdentifier(fresh.dialect, name))) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return std::nullopt;
    }
    spec.database = name;
    return spec;
}

} // namespace

void TestBackup::roundTrip()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    auto connection = test::connect(*target);
    QVERIFY(connection);
    const QString folder = QStringLiteral(GODWIT_TEST_DATA "/engines/") + dialectName(test::dialectOf(engine));
    const ExecutionReport up = test::migrate(folder, *connection, {Direction::Up});
    QVERIFY2(up.ok, qPrintable(up.error.english() + (up.steps.isEmpty() ? QString() : up.steps.constLast().message.english())));
    const QString before = test::snapshot(*connection);
    QVERIFY(before.contains(u"orders: "_s)); // rows to lose

    const Backup backup = takeBackup(*target, {}, dir.filePath(u"backups"_s));
    QVERIFY2(backup.ok(), qPrintable(backup.error));
    QVERIFY(QFile::exists(backup.file));
    QVERIFY(backup.size > 0);
    QCOMPARE(backup.sha256.size(), 64);
    QVERIFY2(!backup.toolVersion.isEmpty(), qPrintable(backup.tool));
    QVERIFY(backup.durationMs > 0);
    QVERIFY(!backup.restoreCommand.isEmpty());

    // The destructive migrations a backup is for: the downs delete the seed rows and drop
    // the objects, through the executor as a real run does.
    const ExecutionReport down = test::migrate(folder, *connection, {Direction::Down, u"001"_s});
    QVERIFY2(down.ok, qPrintable(down.error.english() + (down.steps.isEmpty() ? QString() : down.steps.constLast().message.english())));
    QCOMPARE(down.steps.size(), 3);
    QVERIFY(test::snapshot(*connection) != before);

    const QString error = restoreBackup(*target, {}, backup);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    connection = test::connect(*target); // what the restore replaced, read afresh
    QCOMPARE(test::snapshot(*connection), before);
}

void TestBackup::tamperedBackupIsRefused()
{
    QTemporaryDir dir;
    ConnectionSpec spec;
    spec.path = dir.filePath(u"db.sqlite"_s);
    {
        auto connection = test::connect(spec);
        QVERIFY(QSqlQuery(connection->database()).exec(u"CREATE TABLE t (id INTEGER)"_s));
    }
    Backup backup = takeBackup(spec, {}, dir.filePath(u"backups"_s));
    QVERIFY2(backup.ok(), qPrintable(backup.error));
    QFile file(backup.file);
    QVERIFY(file.open(QIODevice::Append));
    file.write("x");
    file.close();
    QVERIFY(restoreBackup(spec, {}, backup).contains(u"SHA-256 differs"_s));
}

// A SQLite file that is not there yet has nothing to back up: said, and no empty file left
// that a checklist could take for a backup.
void TestBackup::missingDatabaseIsNoBackup()
{
    QTemporaryDir dir;
    ConnectionSpec spec;
    spec.path = dir.filePath(u"new.db"_s);
    const Backup backup = takeBackup(spec, {}, dir.filePath(u"backups"_s));
    QVERIFY(!backup.ok());
    QVERIFY2(backup.error.contains(u"new.db does not exist yet: there is nothing to back up"_s), qPrintable(backup.error));
    QVERIFY(!QFile::exists(spec.path));
    QCOMPARE(QDir(dir.filePath(u"backups"_s)).entryList(QDir::Files), QStringList());
}

// A dump holds every row: 0600 in a 0700 folder, the project's .godwit/backups tightened if
// it was readable by others. A folder the user names that existed before keeps its mode.
void TestBackup::privateFiles()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    {
        auto connection = test::connect(*target);
        QVERIFY(QSqlQuery(connection->database()).exec(u"CREATE TABLE t (id INTEGER)"_s));
    }
    const QString fresh = dir.filePath(u"new/backups"_s);
    const Backup first = takeBackup(*target, {}, fresh);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(modeOf(first.file), QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(modeOf(fresh), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const QString godwits = dir.filePath(u"project/.godwit/backups"_s);
    QVERIFY(QDir().mkpath(godwits));
    QVERIFY(QFile::setPermissions(godwits, everyone & ~(QFile::WriteGroup | QFile::WriteOther)));
    const Backup second = takeBackup(*target, {}, godwits);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(modeOf(second.file), QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(modeOf(godwits), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const QString chosen = dir.filePath(u"chosen"_s);
    QVERIFY(QDir().mkpath(chosen));
    QVERIFY(QFile::setPermissions(chosen, everyone & ~(QFile::WriteGroup | QFile::WriteOther)));
    const Backup third = takeBackup(*target, {}, chosen);
    QVERIFY2(third.ok(), qPrintable(third.error));
    QCOMPARE(modeOf(third.file), QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(modeOf(chosen), everyone & ~(QFile::WriteGroup | QFile::WriteOther));
}

void TestBackup::restoreCommandThroughShell_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("name");
    for (const QString &engine : test::engines()) {
        QTest::newRow(qPrintable(engine + u" command substitution"_s)) << engine << u"x$(touch PWNED)"_s;
        QTest::newRow(qPrintable(engine + u" quotes"_s)) << engine << u"it's \"a\" `touch PWNED` \\ é"_s;
        QTest::newRow(qPrintable(engine + u" semicolon"_s)) << engine << u"x';touch PWNED;'"_s;
    }
}

// The restore command as printed, pasted into a shell: it restores the backup and runs
// nothing the database's name holds.
void TestBackup::restoreCommandThroughShell()
{
    QFETCH(QString, engine);
    QFETCH(QString, name);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(fresh, engine, dir.path());
    const std::optional<ConnectionSpec> target = namedTarget(*fresh, name);
    QVERIFY(target);
    auto connection = test::connect(*target);
    QVERIFY(connection);
    const QString folder = QStringLiteral(GODWIT_TEST_DATA "/engines/") + dialectName(test::dialectOf(engine));
    QVERIFY(test::migrate(folder, *connection, {Direction::Up}).ok);
    const QString before = test::snapshot(*connection);
    const Backup backup = takeBackup(*target, {}, dir.filePath(u"backups"_s));
    QVERIFY2(backup.ok(), qPrintable(backup.error));
    QVERIFY(test::migrate(folder, *connection, {Direction::Down, u"001"_s}).ok);
    QVERIFY(test::snapshot(*connection) != before);
    connection.reset();

    const QString cwd = dir.filePath(u"shell"_s);
    QVERIFY(QDir().mkpath(cwd));
    QProcess sh;
    sh.setWorkingDirectory(cwd);
    sh.start(u"sh"_s, {u"-c"_s, backup.restoreCommandLine});
    QVERIFY(sh.waitForFinished(60000));
    QVERIFY2(sh.exitCode() == 0, qPrintable(backup.restoreCommandLine + u'\n'
                                            + QString::fromUtf8(sh.readAllStandardError())));
    QVERIFY2(!QFile::exists(cwd + u"/PWNED"_s), qPrintable(backup.restoreCommandLine));
    QCOMPARE(QDir(cwd).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    connection = test::connect(*target);
    QVERIFY(connection);
    QCOMPARE(test::snapshot(*connection), before);
}

void TestBackup::slashInName_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("postgresql") << u"postgresql"_s;
    QTest::newRow("mariadb") << u"mariadb"_s;
}

// A '/' (or "..") in a database's name stays out of the backup's path.
void TestBackup::slashInName()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(fresh, engine, dir.path());
    const std::optional<ConnectionSpec> target = namedTarget(*fresh, u"../up/../../x"_s);
    QVERIFY(target);
    const QString backups = dir.filePath(u"backups"_s);
    const Backup backup = takeBackup(*target, {}, backups);
    QVERIFY2(backup.ok(), qPrintable(backup.error));
    QCOMPARE(QFileInfo(backup.file).absolutePath(), QDir(backups).absolutePath());
    QVERIFY2(QFileInfo(backup.file).fileName().startsWith(u"_.._up_.._.._x-"_s), qPrintable(backup.file));
    QCOMPARE(QDir(backups).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 1);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList({u"backups"_s}));
}

void TestBackup::shellQuoting_data()
{
    QTest::addColumn<QString>("word");
    QTest::newRow("plain") << u"pg_restore"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("space") << u"a b"_s;
    QTest::newRow("quote") << u"it's"_s;
    QTest::newRow("substitution") << u"$(touch PWNED)`touch PWNED`"_s;
    QTest::newRow("glob and redirect") << u"*; > x < y | z & ~"_s;
    QTest::newRow("newline") << u"a\nb"_s;
    QTest::newRow("backslash") << u"a\\'\\"_s;
    QTest::newRow("non-ASCII") << u"dé名"_s;
}

// What sh makes of a quoted word is the word.
void TestBackup::shellQuoting()
{
    QFETCH(QString, word);
    QTemporaryDir dir;
    QProcess sh;
    sh.setWorkingDirectory(dir.path());
    sh.start(u"sh"_s, {u"-c"_s, u"printf '%s' "_s + shellQuoted(word)});
    QVERIFY(sh.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), word);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
