#include "sqleditor.h"

#include <QApplication>
#include <QFontDatabase>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! The SQL editor with whichever highlighting backend the build has (KSyntaxHighlighting in
    the Debian 13 lane, QScintilla's lexer on Debian 12): styles land on the right bytes,
    also after characters that take more than one byte in UTF-8. */
class TestSqlEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backend();
    void stylesLandOnTheRightBytes_data();
    void stylesLandOnTheRightBytes();
    void markersAndTheme();
};

namespace {

int styleAt(SqlEditor &editor, const QString &text, const QString &needle, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(needle, at + 1);
    const int byte = int(text.left(at).toUtf8().size());
    return int(editor.SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT, static_cast<unsigned long>(byte)));
}

} // namespace

void TestSqlEditor::backend()
{
    SqlEditor editor;
#ifdef GODWIT_HAVE_KSYNTAXHIGHLIGHTING
    QCOMPARE(editor.highlightingBackend(), u"KSyntaxHighlighting"_s);
#else
    QCOMPARE(editor.highlightingBackend(), u"QScintilla"_s);
#endif
}

void TestSqlEditor::stylesLandOnTheRightBytes_data()
{
    QTest::addColumn<int>("dialect");
    QTest::newRow("sqlite") << int(Dialect::SQLite);
    QTest::newRow("postgresql") << int(Dialect::PostgreSQL);
    QTest::newRow("mysql") << int(Dialect::MySQL);
}

void TestSqlEditor::stylesLandOnTheRightBytes()
{
    QFETCH(int, dialect);
    SqlEditor editor;
    editor.setDialect(Dialect(dialect));
    const QString text = u"SELECT 'héllo wörld ✓', price FROM products; -- ünïcode ✓ comment\nSELECT 2 FROM t;\n"_s;
    editor.setText(text);
    editor.SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0, -1);
    const int keyword = styleAt(editor, text, u"SELECT"_s);
    const int string = styleAt(editor, text, u"'héllo"_s);
    const int comment = styleAt(editor, text, u"-- ünïcode"_s);
    QVERIFY(keyword != string && keyword != comment && string != comment);
    // After the string's multi-byte characters: the same styles again.
    QCOMPARE(styleAt(editor, text, u"FROM"_s), keyword);
    QVERIFY(styleAt(editor, text, u"price"_s) != keyword);
    QCOMPARE(styleAt(editor, text, u"comment"_s), comment);
    // And after the comment's, on the next line.
    QCOMPARE(styleAt(editor, text, u"SELECT"_s, 1), keyword);
    QCOMPARE(styleAt(editor, text, u"FROM"_s, 1), keyword);
}

void TestSqlEditor::markersAndTheme()
{
    SqlEditor editor;
    editor.setText(u"SELECT 1;\nSELECT * FROM nowhere;\n"_s);
    editor.markFailure(2, u"no such table: nowhere"_s);
    QCOMPARE(editor.failureLines(), QList<int>{2});
    QCOMPARE(editor.markerMessage(2), u"no such table: nowhere"_s);
    QVERIFY(editor.markersAtLine(1) != 0);
    editor.clearMarkers();
    QVERIFY(editor.failureLines().isEmpty());
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    editor.setAppearance(mono, true);
    QVERIFY(editor.lexer()->paper(0).lightness() < 80);
    editor.setAppearance(mono, false);
    QVERIFY(editor.lexer()->paper(0).lightness() > 180);
}

QTEST_MAIN(TestSqlEditor)
#include "tst_sqleditor.moc"
