#include "database/dryrun.h"
#include "database/historystore.h"
#include "database/backup.h"

#include "support/testtargets.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! Databases (SQLite files, PostgreSQL and MariaDB databases) whose names hold a quote, a
    double quote, a backtick, a backslash, spaces or non-ASCII letters: status, up, down, a
    dry run, drift, a backup and its restore all work on them and agree with each other. */
class TestHostileNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCommand_data();
    void everyCommand();
};

namespace {

QStringList states(const QList<StatusEntry> &status)
{
    QStringList list;
    for (const StatusEntry &e : status)
        list << e.key() + u' ' + stateId(e.state);
    return list;
}

// The database or file, made next to the harness's fresh one.
std::optional<ConnectionSpec> hostileTarget(const ConnectionSpec &fresh, const QString &name, QString *error)
{
    ConnectionSpec spec = fresh;
    if (fresh.dialect == Dialect::SQLite) {
        spec.path = QFileInfo(fresh.path).dir().filePath(name + u".sqlite"_s);
        return spec;
    }
    auto admin = test::connect(fresh);
    if (!admin) {
        *error = u"cannot connect to "_s + fresh.display();
        return std::nullopt;
    }
    QSqlQuery q(admin->database());
    if (!q.exec(u"CREATE DATABASE "_s + quotedIdentifier(fresh.dialect, name))) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    spec.database = name;
    return spec;
}

} // namespace

void TestHostileNames::everyCommand_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("name");
    const QString unique = QUuid::createUuid().toString(QUuid::Id128).left(6);
    const std::pair<const char *, QString> names[] = {
        {"quote", u"godwit h'%1"_s},
        {"double quote", u"godwit h\"%1"_s},
        {"backtick", u"godwit h`%1"_s},
        {"backslash", u"godwit h\\%1"_s},
        {"spaces", u"godwit h  %1 x"_s},
        {"non-ASCII", u"godwit hé_ß_名_%1"_s},
        {"all of them", u"g'\"`\\ é$(x)%1"_s},
    };
    for (const QString &engine : test::engines()) {
        for (const auto &[label, pattern] : names)
            QTest::newRow(qPrintable(engine + u", "_s + QLatin1String(label))) << engine << pattern.arg(unique);
    }
}

void TestHostileNames::everyCommand()
{
    QFETCH(QString, engine);
    QFETCH(QString, name);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(fresh, engine, dir.path());
    QString error;
    const std::optional<ConnectionSpec> target = hostileTarget(*fresh, name, &error);
    QVERIFY2(target, qPrintable(error));
    auto connection = test::connect(*target);
    QVERIFY(connection);
    const QString folder = QStringLiteral(GODWIT_TEST_DATA "/engines/") + dialectName(test::dialectOf(engine));
    const MigrationSource source = discoverMigrations(folder, {Format::Unknown, {}, target->dialect});

    // up to 003, and status — on this connection and on a reader of its own — says so.
    const ExecutionReport up = test::migrate(folder, *connection, {Direction::Up, u"003"_s});
    QVERIFY2(up.ok, qPrintable(up.error.english() + (up.steps.isEmpty() ? QString() : up.steps.constLast().message.english())));
    const QStringList threeApplied{u"1 applied"_s, u"2 applied"_s, u"3 applied"_s, u"4 pending"_s};
    QCOMPARE(states(test::folderStatus(source, *connection)), threeApplied);
    const HistoryRead read = readHistory(*target, {});
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error.english()));
    QCOMPARE(read.entries.size(), 3);
    // Running up again applies nothing twice.
    const ExecutionReport again = test::migrate(folder, *connection, {Direction::Up, u"003"_s});
    QVERIFY2(again.ok, qPrintable(again.error.english()));
    QCOMPARE(again.steps.size(), 0);

    // A dry run of 004 leaves the target as it was; drift finds nothing.
    const QString before = test::snapshot(*connection);
    QString appliedError;
    const QList<StatusEntry> status = test::folderStatus(source, *connection);
    const QList<Migration> applied = appliedMigrations(status, &appliedError);
    QVERIFY2(appliedError.isEmpty(), qPrintable(appliedError));
    const DryRunReport dry = DryRun(*connection).run({makePlan(source, status, {Direction::Up, {}}), applied});
    QVERIFY2(dry.ok(), qPrintable(dry.error + (dry.up.isEmpty() ? QString() : dry.up.constLast().error)));
    QCOMPARE(test::snapshot(*connection), before);
    const DriftReport drift = DryRun(*connection).drift(applied);
    QVERIFY2(drift.error.isEmpty(), qPrintable(drift.error));
    QVERIFY2(drift.drift.isEmpty(), qPrintable(test::changeLines(drift.drift).join(u'\n')));

    // A backup, 004 applied and everything rolled back to 001, the restore: as before.
    const Backup backup = takeBackup(*target, {}, dir.filePath(u"backups"_s));
    QVERIFY2(backup.ok(), qPrintable(backup.error));
    QCOMPARE(QFileInfo(backup.file).dir().absolutePath(), QDir(dir.filePath(u"backups"_s)).absolutePath());
    QVERIFY(test::migrate(folder, *connection, {Direction::Up}).ok);
    QCOMPARE(states(test::folderStatus(source, *connection)).last(), u"4 applied"_s);
    const ExecutionReport down = test::migrate(folder, *connection, {Direction::Down, u"001"_s});
    QVERIFY2(down.ok, qPrintable(down.error.english() + (down.steps.isEmpty() ? QString() : down.steps.constLast().message.english())));
    QCOMPARE(down.steps.size(), 3);
    QCOMPARE(states(test::folderStatus(source, *connection)),
             QStringList({u"1 applied"_s, u"2 pending"_s, u"3 pending"_s, u"4 pending"_s}));
    connection.reset(); // the restore replaces the database under it
    const QString restoreError = restoreBackup(*target, {}, backup);
    QVERIFY2(restoreError.isEmpty(), qPrintable(restoreError));
    connection = test::connect(*target);
    QVERIFY(connection);
    QCOMPARE(test::snapshot(*connection), before);
    QCOMPARE(states(test::folderStatus(source, *connection)), threeApplied);
}

QTEST_GUILESS_MAIN(TestHostileNames)
#include "tst_hostilenames.moc"
