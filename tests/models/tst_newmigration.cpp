#include "migrations/newmigration.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

class TestNewMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextInFormat_data();
    void nextInFormat();
    void neverOverwrites();
    void rejectsEmptyName();

private:
    static QString copyFixture(const QString &name, const QTemporaryDir &dir);
};

QString TestNewMigration::copyFixture(const QString &name, const QTemporaryDir &dir)
{
    const QString from = QStringLiteral(GODWIT_TEST_DATA "/formats/") + name;
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (file.endsWith(u"expected.json"_s))
            continue;
        const QString target = dir.filePath(QDir(from).relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).path());
        QFile::copy(file, target);
    }
    return dir.path();
}

void TestNewMigration::nextInFormat_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("files");
    QTest::newRow("golang-migrate") << u"golang"_s << QStringList{u"003_add_orders.up.sql"_s, u"003_add_orders.down.sql"_s};
    QTest::newRow("flyway") << u"flyway"_s << QStringList{u"V3__add_orders.sql"_s, u"U3__add_orders.sql"_s};
    QTest::newRow("dbmate") << u"dbmate"_s << QStringList{u"20261121093000_add_orders.sql"_s};
    QTest::newRow("goose") << u"goose"_s << QStringList{u"00003_add_orders.sql"_s};
    QTest::newRow("paired") << u"paired"_s << QStringList{u"003_add_orders.sql"_s, u"003_add_orders_down.sql"_s};
    QTest::newRow("sections") << u"sections"_s << QStringList{u"004_add_orders.sql"_s};
    QTest::newRow("diesel") << u"diesel"_s
                            << QStringList{u"2026-11-21-093000_add_orders/up.sql"_s, u"2026-11-21-093000_add_orders/down.sql"_s};
    QTest::newRow("empty folder") << u""_s
                                  << QStringList{u"000001_add_orders.up.sql"_s, u"000001_add_orders.down.sql"_s};
}

void TestNewMigration::nextInFormat()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, files);
    QTemporaryDir dir;
    if (!fixture.isEmpty())
        copyFixture(fixture, dir);
    const MigrationSource before = discoverMigrations(dir.path(), {});
    const QDateTime now(QDate(2026, 11, 21), QTime(9, 30), QTimeZone::utc());
    const NewMigration created = createMigration(before, u"Add Orders!"_s, Format::GolangMigrate, now);
    QVERIFY2(created.error.isEmpty(), qPrintable(created.error));
    QStringList relative;
    for (const QString &f : created.files)
        relative.append(QDir(dir.path()).relativeFilePath(f));
    QCOMPARE(relative, files);

    // Read back, the new migration is the last one, in the same format, with both directions.
    const MigrationSource after = discoverMigrations(dir.path(), {});
    QCOMPARE(after.format, fixture.isEmpty() ? Format::GolangMigrate : before.format);
    QCOMPARE(after.migrations.size(), before.migrations.size() + 1);
    const auto lastVersioned = std::find_if(after.migrations.crbegin(), after.migrations.crend(), [](const Migration &m) {
        return m.kind == MigrationKind::Versioned;
    });
    QCOMPARE(lastVersioned->description, u"add orders"_s);
    QVERIFY(lastVersioned->down.has_value());
}

void TestNewMigration::neverOverwrites()
{
    QTemporaryDir dir;
    copyFixture(u"golang"_s, dir);
    QFile existing(dir.filePath(u"003_add_orders.down.sql"_s));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("precious work\n");
    existing.close();
    const NewMigration created = createMigration(discoverMigrations(dir.path(), {}), u"add orders"_s, Format::GolangMigrate);
    QVERIFY(created.error.contains(u"exists already"_s));
    QVERIFY(!QFile::exists(dir.filePath(u"003_add_orders.up.sql"_s)));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("precious work\n"));
}

void TestNewMigration::rejectsEmptyName()
{
    QTemporaryDir dir;
    QVERIFY(!createMigration(discoverMigrations(dir.path(), {}), u"!!!"_s, Format::GolangMigrate).error.isEmpty());
}

QTEST_GUILESS_MAIN(TestNewMigration)
#include "tst_newmigration.moc"
