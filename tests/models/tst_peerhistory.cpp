#include "migrations/checksum.h"
#include "migrations/discovery.h"
#include "plan/peerhistory.h"
#include "plan/status.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! Other tools' history rows read as Godwit's applied set, as PEER_HISTORY.md says each tool
    means them (issue #17): which migrations each table says are applied or failed, which
    row wins, how a value names a folder's migration, and whose checksum judges "modified". */
class TestPeerHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flyway();
    void golangMigrateDirty();
    void gooseNewestRowWins();
    void dieselAndPrisma();
    void customStemProposed();
    void ownRowsWin();
    void modifiedByTheToolsChecksum();
    void prismaOtherLineEndings();
    void interopToolDecides();
    void describedInOneLine();
};

namespace {

Migration migration(const QString &version, const QString &file)
{
    Migration m;
    m.version = *Version::parse(version);
    m.description = file.section(u'_', 1).section(u'.', 0, 0);
    Script up;
    up.path = u"/p/"_s + file;
    up.checksum = u"c"_s + version;
    m.up = up;
    return m;
}

MigrationSource folder(const QStringList &files)
{
    MigrationSource source;
    for (const QString &f : files)
        source.migrations.append(migration(f.section(u'_', 0, 0), f));
    return source;
}

// "key:status" of each entry, in order.
QStringList states(const QList<HistoryEntry> &entries)
{
    QStringList out;
    for (const HistoryEntry &e : entries)
        out << migrationKindId(e.kind) + u':' + e.key + u':' + historyStatusId(e.status);
    return out;
}

PeerRow row(const QString &value, qint64 order = 0)
{
    PeerRow r;
    r.value = value;
    r.order = order;
    return r;
}

} // namespace

// Flyway: versions match as Flyway compares them ("1.1" is V1_1), a failed row is failed, a
// repeatable is keyed by its description, a BASELINE row is a baseline, undo and delete
// rows take the version back out.
void TestPeerHistory::flyway()
{
    const MigrationSource source = folder({u"1_init.sql"_s, u"1.1_users.sql"_s, u"2_orders.sql"_s, u"3_items.sql"_s});
    PeerHistory peer{peerTableSpec(PeerTool::Flyway), {}};
    PeerRow baseline = row(u"0.5"_s, 1);
    baseline.type = u"BASELINE"_s;
    PeerRow failed = row(u"2"_s, 4);
    failed.success = false;
    PeerRow repeatable = row({}, 5);
    repeatable.description = u"Refresh views"_s;
    PeerRow three = row(u"3"_s, 6);
    PeerRow undo = row(u"3"_s, 7);
    undo.type = u"UNDO_SQL"_s;
    peer.rows = {baseline, row(u"1"_s, 2), row(u"1_1"_s, 3), failed, repeatable, three, undo};
    QCOMPARE(states(adoptedHistory(peer, source)),
             (QStringList{u"baseline:0.5:applied"_s, u"versioned:1:applied"_s, u"versioned:1.1:applied"_s,
                          u"versioned:2:failed"_s, u"repeatable:Refresh views:applied"_s}));
}

// golang-migrate's one row: everything up to it applied; dirty makes that version failed.
void TestPeerHistory::golangMigrateDirty()
{
    const MigrationSource source = folder({u"1_a.up.sql"_s, u"2_b.up.sql"_s, u"3_c.up.sql"_s, u"4_d.up.sql"_s});
    PeerRow dirty = row(u"3"_s);
    dirty.success = false;
    const PeerHistory peer{peerTableSpec(PeerTool::GolangMigrate), {dirty}};
    const QList<HistoryEntry> entries = adoptedHistory(peer, source);
    QCOMPARE(states(entries), (QStringList{u"versioned:1:applied"_s, u"versioned:2:applied"_s, u"versioned:3:failed"_s}));
    QVERIFY(entries.at(2).error.contains(u"golang-migrate"_s));
    const QList<StatusEntry> status = computeStatus(source, historyOfFolder(source, {}, {}, peer));
    QCOMPARE(status.at(3).state, MigrationState::Pending);
    QCOMPARE(status.at(2).state, MigrationState::Failed);
    // A version the folder does not have is kept, to show as missing.
    const PeerHistory ahead{peerTableSpec(PeerTool::GolangMigrate), {row(u"9"_s)}};
    QCOMPARE(states(adoptedHistory(ahead, source)).constLast(), u"versioned:9:applied"_s);
}

// goose: version 0 is the table's own row; the newest row per version (by id) is the truth.
void TestPeerHistory::gooseNewestRowWins()
{
    const MigrationSource source = folder({u"20240101000000_a.sql"_s, u"20240102000000_b.sql"_s});
    PeerRow undone = row(u"20240102000000"_s, 4);
    undone.undone = true;
    const PeerHistory peer{peerTableSpec(PeerTool::Goose),
                           {row(u"0"_s, 1), row(u"20240101000000"_s, 2), row(u"20240102000000"_s, 3), undone}};
    QCOMPARE(states(adoptedHistory(peer, source)), QStringList{u"versioned:20240101000000:applied"_s});
}

// diesel keeps the folder's name up to its first '_' without '-'; Prisma the folder's name,
// a row neither finished nor rolled back is failed, and a finished row stays applied.
void TestPeerHistory::dieselAndPrisma()
{
    MigrationSource diesel;
    Migration m = migration(u"1"_s, u"up.sql"_s);
    m.version = *Version::parse(u"2024-01-01-120000"_s);
    diesel.migrations = {m};
    QCOMPARE(states(adoptedHistory({peerTableSpec(PeerTool::Diesel), {row(u"20240101120000"_s)}}, diesel)),
             QStringList{u"versioned:" + m.key() + u":applied"_s});

    MigrationSource prisma;
    for (const QString &name : {u"20240101000000_init"_s, u"20240102000000_posts"_s}) {
        Migration p = migration(u"1"_s, name + u"/migration.sql"_s);
        p.version = Version::named(name);
        prisma.migrations.append(p);
    }
    PeerRow rolledBack = row(u"20240101000000_init"_s, 1); // failed, then resolved --rolled-back
    rolledBack.undone = true;
    PeerRow retried = row(u"20240101000000_init"_s, 2);
    PeerRow failed = row(u"20240102000000_posts"_s, 3);
    failed.success = false;
    PeerRow later = row(u"20240101000000_init"_s, 4); // a finished row stays applied
    later.undone = true;
    const QList<HistoryEntry> entries =
        adoptedHistory({peerTableSpec(PeerTool::Prisma), {failed, later, retried, rolledBack}}, prisma);
    QCOMPARE(states(entries), (QStringList{u"versioned:20240101000000_init:applied"_s, u"versioned:20240102000000_posts:failed"_s}));
}

// The seed notes' runner keeps file stems in schema_migrations: read as dbmate's, nothing
// matches; the proposal is a custom table by stem, which matches every row.
void TestPeerHistory::customStemProposed()
{
    const MigrationSource source = folder({u"001_initial_schema.sql"_s, u"002_add_users.sql"_s, u"003_orders.sql"_s});
    const PeerHistory found{peerTableSpec(PeerTool::Dbmate), {row(u"001_initial_schema"_s), row(u"002_add_users"_s)}};
    const PeerTableSpec spec = proposedSpec(found, source);
    QCOMPARE(spec.tool, PeerTool::Custom);
    QCOMPARE(spec.value, PeerValue::Stem);
    QCOMPARE(spec.table, u"schema_migrations"_s);
    QCOMPARE(states(adoptedHistory({spec, found.rows}, source)), (QStringList{u"versioned:1:applied"_s, u"versioned:2:applied"_s}));
    // Versions stay dbmate's.
    const PeerHistory dbmate{peerTableSpec(PeerTool::Dbmate), {row(u"1"_s), row(u"002"_s)}};
    QCOMPARE(proposedSpec(dbmate, source).tool, PeerTool::Dbmate);
}

// What Godwit recorded itself is as Godwit says, whatever the adopted table says.
void TestPeerHistory::ownRowsWin()
{
    HistoryEntry own;
    own.key = u"2"_s;
    own.status = HistoryEntry::Status::Applied;
    HistoryEntry theirs;
    theirs.key = u"2"_s;
    theirs.status = HistoryEntry::Status::Failed;
    theirs.origin = u"dbmate"_s;
    HistoryEntry other = theirs;
    other.key = u"1"_s;
    const QList<HistoryEntry> merged = withAdopted({own}, {theirs, other});
    QCOMPARE(states(merged), (QStringList{u"versioned:2:applied"_s, u"versioned:1:failed"_s}));
    QVERIFY(merged.at(0).origin.isEmpty());
}

// An adopted row is judged by its tool's checksum: equal is applied, different is modified,
// none kept (dbmate) is never modified; Godwit's own checksum does not count for it.
void TestPeerHistory::modifiedByTheToolsChecksum()
{
    MigrationSource source = folder({u"1_a.sql"_s, u"2_b.sql"_s, u"3_c.sql"_s});
    source.migrations[0].up->peerChecksum = u"111"_s;
    source.migrations[1].up->peerChecksum = u"222"_s;
    auto adopted = [](const QString &key, const QString &checksum, const QString &tool) {
        HistoryEntry e;
        e.key = e.version = key;
        e.checksum = checksum;
        e.origin = tool;
        return e;
    };
    const QList<StatusEntry> status = computeStatus(
        source, {adopted(u"1"_s, u"111"_s, u"flyway"_s), adopted(u"2"_s, u"999"_s, u"flyway"_s), adopted(u"3"_s, {}, u"dbmate"_s)});
    QCOMPARE(status.at(0).state, MigrationState::Applied);
    QCOMPARE(status.at(1).state, MigrationState::Modified);
    QCOMPARE(status.at(2).state, MigrationState::Applied);
    QCOMPARE(flywayChecksum("SELECT 1;\r\n"), flywayChecksum("SELECT 1;\n"));
    QCOMPARE(flywayChecksum("\xEF\xBB\xBFSELECT 1;"), flywayChecksum("SELECT 1;"));
}

// Prisma accepts the checksum of the text with its line endings turned (a checkout with
// autocrlf): so does Godwit, in both directions, and nothing else.
void TestPeerHistory::prismaOtherLineEndings()
{
    QTemporaryDir dir;
    const QByteArray crlf = "CREATE TABLE a (id INTEGER);\r\nCREATE TABLE b (id INTEGER);\r\n";
    QByteArray lf = crlf;
    lf.replace("\r\n", "\n");
    for (const QByteArray &text : {crlf, lf}) {
        QDir(dir.path()).mkpath(u"m/20240101000000_a"_s);
        QFile f(dir.filePath(u"m/20240101000000_a/migration.sql"_s));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        QFile lock(dir.filePath(u"m/migration_lock.toml"_s));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("provider = \"postgresql\"\n");
        lock.close();
        MigrationSource source = discoverMigrations(dir.filePath(u"m"_s), {});
        QCOMPARE(source.format, Format::Prisma);
        HistoryEntry e;
        e.key = e.version = u"20240101000000_a"_s;
        e.origin = u"prisma"_s;
        for (const QByteArray &recorded : {crlf, lf}) {
            e.checksum = prismaChecksum(recorded);
            QCOMPARE(computeStatus(source, {e}).at(0).state, MigrationState::Applied);
        }
        e.checksum = prismaChecksum(lf + "-- edited\n");
        QCOMPARE(computeStatus(source, {e}).at(0).state, MigrationState::Modified);
    }
}

// Interop: dbmate's table decides; a migration Godwit recorded that dbmate rolled back is
// pending again. Adopt mode: Godwit's own row stands.
void TestPeerHistory::interopToolDecides()
{
    const MigrationSource source = folder({u"1_a.sql"_s, u"2_b.sql"_s});
    HistoryEntry own;
    own.key = own.version = u"2"_s;
    PeerHistory dbmate{peerTableSpec(PeerTool::Dbmate), {row(u"1"_s)}};
    QCOMPARE(states(historyOfFolder(source, {own}, {}, dbmate)),
             (QStringList{u"versioned:2:applied"_s, u"versioned:1:applied"_s}));
    dbmate.spec.interop = true;
    QCOMPARE(states(historyOfFolder(source, {own}, {}, dbmate)), QStringList{u"versioned:1:applied"_s});
    // A table with no row was never written (just made, or misnamed): nothing was rolled back.
    const PeerHistory empty{dbmate.spec, {}};
    QCOMPARE(states(historyOfFolder(source, {own}, {}, empty)), QStringList{u"versioned:2:applied"_s});
    dbmate.rows.append(row(u"2"_s));
    const QList<HistoryEntry> both = historyOfFolder(source, {own}, {}, dbmate);
    QCOMPARE(states(both), (QStringList{u"versioned:2:applied"_s, u"versioned:1:applied"_s}));
    QVERIFY(both.at(0).origin.isEmpty()); // Godwit's row, with its checksum
}

void TestPeerHistory::describedInOneLine()
{
    PeerTableFound found;
    found.spec = peerTableSpec(PeerTool::Flyway);
    found.applied = 41;
    found.last = u"1.41"_s;
    found.lastAt = QDateTime(QDate(2026, 11, 2), QTime(10, 0), QTimeZone::utc());
    QCOMPARE(describeFound(found).english(), u"flyway_schema_history (flyway): 41 applied, last 1.41 on 2026-11-02"_s);
    PeerTableFound dirty;
    dirty.spec = peerTableSpec(PeerTool::GolangMigrate);
    dirty.applied = 1;
    dirty.failed = 1;
    dirty.last = u"7"_s;
    QCOMPARE(describeFound(dirty).english(), u"schema_migrations (golang-migrate): at version 7, dirty (it failed or was interrupted)"_s);
    const PeerTableFound summary = summarize({peerTableSpec(PeerTool::Dbmate), {row(u"20240101"_s), row(u"20240301"_s)}});
    QCOMPARE(summary.applied, 2);
    QCOMPARE(summary.last, u"20240301"_s);
}

QTEST_GUILESS_MAIN(TestPeerHistory)
#include "tst_peerhistory.moc"
