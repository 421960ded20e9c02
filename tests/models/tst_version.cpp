#include "migrations/version.h"
#include "plan/graphlanes.h"

#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

class TestVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void order_data();
    void order();
    void invalid_data();
    void invalid();
    void timestamps();
    void namedVersions();
    void lanes();
};

// Names order as text (runners that sort file names), by rank when a plan gives one, and
// after every numeric version; a history key reads back as a number when it is one.
void TestVersion::namedVersions()
{
    const Version a = Version::named(u"0001_create_table_a_x"_s);
    const Version b = Version::named(u"0001_create_table_b_y"_s);
    QVERIFY(a < b);
    QCOMPARE(a.canonical(), u"0001_create_table_a_x"_s);
    QVERIFY(Version::named(u"feat-12"_s) < Version::named(u"feat-3"_s));
    QVERIFY(Version::named(u"zeta"_s, 0) < Version::named(u"alpha"_s, 1));
    QVERIFY(*Version::parse(u"99999"_s) < a);
    QVERIFY(!Version::fromKey(u"0002"_s).isNamed());
    QCOMPARE(Version::fromKey(u"0002"_s).canonical(), u"2"_s);
    QVERIFY(Version::fromKey(u"users"_s).isNamed());
}

// A base, two branches and their merge: the branch opens a lane, the merge closes it.
void TestVersion::lanes()
{
    QCOMPARE(laneDrawing({{u"a"_s, {}}, {u"b"_s, {u"a"_s}}}), QStringList(2));
    const QStringList drawing = laneDrawing({{u"base"_s, {}},
                                             {u"left"_s, {u"base"_s}},
                                             {u"right"_s, {u"base"_s}},
                                             {u"merge"_s, {u"left"_s, u"right"_s}}});
    QCOMPARE(drawing, (QStringList{u"●"_s, u"│ ●"_s, u"● │"_s, u"● ╯"_s}));
}

void TestVersion::order_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("numeric groups") << u"1.10"_s << u"1.9"_s << 1;
    QTest::newRow("leading zeros") << u"0002"_s << u"2"_s << 0;
    QTest::newRow("flyway underscore") << u"1_1"_s << u"1.1"_s << 0;
    QTest::newRow("trailing zero group") << u"1"_s << u"1.0.0"_s << 0;
    QTest::newRow("longer number") << u"10"_s << u"9"_s << 1;
    QTest::newRow("timestamps") << u"20240101120000"_s << u"20231231235959"_s << 1;
    QTest::newRow("beyond 64 bits") << u"123456789012345678901234567890"_s << u"123456789012345678901234567889"_s << 1;
    QTest::newRow("diesel dates") << u"2024-01-02-000000"_s << u"2024-01-01-235959"_s << 1;
    QTest::newRow("shorter prefix") << u"1.2"_s << u"1.2.1"_s << -1;
}

void TestVersion::order()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    const auto va = Version::parse(a);
    const auto vb = Version::parse(b);
    QVERIFY(va && vb);
    QCOMPARE(va->compare(*vb), expected);
    QCOMPARE(vb->compare(*va), -expected);
    QCOMPARE(va->canonical() == vb->canonical(), expected == 0);
}

void TestVersion::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("letters") << u"1a"_s;
    QTest::newRow("empty group") << u"1..2"_s;
    QTest::newRow("trailing separator") << u"1."_s;
}

void TestVersion::invalid()
{
    QFETCH(QString, text);
    QVERIFY(!Version::parse(text));
}

void TestVersion::timestamps()
{
    QVERIFY(Version::parse(u"20240101120000"_s)->isTimestamp());
    QVERIFY(Version::parse(u"2024-01-01-120000"_s)->isTimestamp());
    QVERIFY(!Version::parse(u"000042"_s)->isTimestamp());
    QVERIFY(!Version::parse(u"1.2.3"_s)->isTimestamp());
}

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
