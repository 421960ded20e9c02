#include "migrations/checksum.h"

#include <QCryptographicHash>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

class TestChecksum : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameScriptSameChecksum_data();
    void sameScriptSameChecksum();
    void changesAreSeen();
};

void TestChecksum::sameScriptSameChecksum_data()
{
    QTest::addColumn<QByteArray>("variant");
    QTest::newRow("LF") << QByteArray("SELECT 1;\nSELECT 2;\n");
    QTest::newRow("CRLF") << QByteArray("SELECT 1;\r\nSELECT 2;\r\n");
    QTest::newRow("CR") << QByteArray("SELECT 1;\rSELECT 2;\r");
    QTest::newRow("BOM + CRLF") << QByteArray("\xEF\xBB\xBFSELECT 1;\r\nSELECT 2;\r\n");
}

void TestChecksum::sameScriptSameChecksum()
{
    QFETCH(QByteArray, variant);
    const QByteArray reference("SELECT 1;\nSELECT 2;\n");
    const QString expected = QString::fromLatin1(QCryptographicHash::hash(reference, QCryptographicHash::Sha256).toHex());
    QCOMPARE(scriptChecksum(variant), expected);
}

void TestChecksum::changesAreSeen()
{
    QVERIFY(scriptChecksum("SELECT 1;\n") != scriptChecksum("SELECT 1 ;\n"));
    QVERIFY(scriptChecksum("SELECT 1;\n\n") != scriptChecksum("SELECT 1;\n"));
    // A BOM counts only at the start of the file.
    const QByteArray text = "SELECT 1;\n\xEF\xBB\xBF";
    QVERIFY(scriptChecksum(text) != scriptChecksum("SELECT 1;\n"));
}

QTEST_GUILESS_MAIN(TestChecksum)
#include "tst_checksum.moc"
