#include "sql/sqlsplitter.h"

#include "support/testtargets.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! Splitter output against golden files: tests/data/splitter/<dialect>/<case>.sql and its
    .expected. Set GODWIT_REGENERATE_GOLDEN=1 (tests/regenerate-golden.sh) to rewrite them;
    review the diff like code. */
class TestSqlSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void encodingErrors_data();
    void encodingErrors();
    void gooseVerbatimKeepsBody();
    void hugeScript_data();
    void hugeScript();

private:
    static QString render(const SplitResult &result);
};

QString TestSqlSplitter::render(const SplitResult &result)
{
    if (!result.ok())
        return u"error: " + result.error->toString() + u'\n';
    QString text;
    int n = 0;
    for (const Statement &s : result.statements) {
        text += QStringLiteral("-- statement %1 at %2:%3\n%4\n")
                    .arg(++n)
                    .arg(s.location.line)
                    .arg(s.location.column)
                    .arg(QString(s.sql).replace(u"\r\n"_s, u"\\r\\n\n"_s));
    }
    return text;
}

void TestSqlSplitter::golden_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("path");
    const QDir root(QStringLiteral(GODWIT_TEST_DATA "/splitter"));
    for (const QString &dialect : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir dir(root.filePath(dialect));
        for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files))
            QTest::newRow(qPrintable(dialect + u'/' + file)) << dialect << dir.filePath(file);
    }
}

void TestSqlSplitter::golden()
{
    QFETCH(QString, dialect);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const SourceText source(QFileInfo(path).fileName(), file.readAll());
    const QString actual = render(splitStatements(*dialectFromName(dialect), source));

    QString expectedPath = path;
    expectedPath.replace(QStringLiteral(".sql"), QStringLiteral(".expected"));
    const auto expected = test::golden(expectedPath, actual);
    QVERIFY2(expected, qPrintable(u"missing golden file " + expectedPath));
    QCOMPARE(actual, *expected);
}

void TestSqlSplitter::encodingErrors_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");
    QTest::newRow("nul byte") << QByteArray("SELECT 1;\nSELECT '\0';\n", 22) << u"t.sql:2:9"_s << u"NUL byte in script"_s;
    QTest::newRow("invalid lead byte") << QByteArray("SELECT 1;\nSELECT '\xff';\n") << u"t.sql:2:9"_s
                                       << u"invalid UTF-8 byte 0xff"_s;
    QTest::newRow("truncated sequence") << QByteArray("SELECT 'ü', '\xc3") << u"t.sql:1:14"_s
                                        << u"invalid UTF-8 byte 0xc3"_s;
    QTest::newRow("overlong slash") << QByteArray("SELECT '\xc0\xaf';") << u"t.sql:1:9"_s
                                    << u"invalid UTF-8 byte 0xc0"_s;
    QTest::newRow("surrogate") << QByteArray("SELECT '\xed\xa0\x80';") << u"t.sql:1:9"_s
                               << u"invalid UTF-8 byte 0xed"_s;
}

void TestSqlSplitter::encodingErrors()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, location);
    QFETCH(QString, message);
    for (Dialect d : {Dialect::SQLite, Dialect::PostgreSQL, Dialect::MySQL}) {
        const SplitResult result = splitStatements(d, SourceText(QStringLiteral("t.sql"), script));
        QVERIFY2(!result.ok(), qPrintable(dialectName(d)));
        QVERIFY(result.statements.isEmpty());
        QCOMPARE(result.error->location.toString(), location);
        QCOMPARE(result.error->message, message);
        QVERIFY(result.error->excerpt.contains(u'^'));
    }
}

void TestSqlSplitter::gooseVerbatimKeepsBody()
{
    const QByteArray script = "-- leading\n  CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n";
    const SourceText source(QStringLiteral("g.sql"), script);
    const SplitResult result = verbatimStatement(Dialect::PostgreSQL, source, 0, script.size());
    QVERIFY(result.ok());
    QCOMPARE(result.statements.size(), 1);
    QCOMPARE(result.statements.first().sql, u"CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;"_s);
    QCOMPARE(result.statements.first().location.toString(), u"g.sql:2:3"_s);
}

void TestSqlSplitter::hugeScript_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
    QTest::newRow("mysql") << u"mysql"_s;
}

// A 100 MB script splits completely and keeps exact locations at its end.
void TestSqlSplitter::hugeScript()
{
    QFETCH(QString, dialect);
    const QByteArray line = "INSERT INTO t (a, b) VALUES (1, 'text; with semicolon'); -- comment ; here\n";
    const qsizetype lines = 100 * 1024 * 1024 / line.size() + 1;
    QByteArray script;
    script.reserve(lines * line.size());
    for (qsizetype i = 0; i < lines; ++i)
        script.append(line);
    const SourceText source(QStringLiteral("big.sql"), script);
    const SplitResult result = splitStatements(*dialectFromName(dialect), source);
    QVERIFY(result.ok());
    QCOMPARE(result.statements.size(), lines);
    QCOMPARE(result.statements.constLast().location.line, int(lines));
    QCOMPARE(result.statements.constLast().location.column, 1);
    QCOMPARE(result.statements.constLast().sql, u"INSERT INTO t (a, b) VALUES (1, 'text; with semicolon')"_s);
}

QTEST_GUILESS_MAIN(TestSqlSplitter)
#include "tst_sqlsplitter.moc"
