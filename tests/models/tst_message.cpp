#include "i18n/message.h"
#include "i18n/translations.h"

#include <QJsonObject>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! Message: one value, English for machines and translated for people. */
class TestMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishFillsArgumentsOnce();
    void pluralAndJoin();
    void translatedOnlyWhereShown();
    void recordedAndReadAgain();
};

// As QString::arg() with every argument at once: an argument's own % signs stay as they are.
void TestMessage::englishFillsArgumentsOnce()
{
    const Message m = Message("Executor", "statement %1 of %2 failed at %3").arg(3).arg(4).arg(u"f.sql:4:1: 100%1 off"_s);
    QCOMPARE(m.english(), u"statement 3 of 4 failed at f.sql:4:1: 100%1 off"_s);
    QCOMPARE(Message(u"%2 before %1"_s).arg(u"a"_s, u"b"_s).english(), u"b before a"_s);
    QCOMPARE(Message(u"50% of %1"_s).english(), u"50% of %1"_s); // text from outside, no arguments: as it is
    QVERIFY(Message().isEmpty());
    QVERIFY(Message::join({}, u"; "_s).isEmpty());
}

void TestMessage::pluralAndJoin()
{
    QCOMPARE(Message("Plan", "%n script(s) of the plan cannot run, so nothing was run:", nullptr, 2).english(),
             u"2 scripts of the plan cannot run, so nothing was run:"_s);
    QCOMPARE(Message("Plan", "%n script(s) of the plan cannot run, so nothing was run:", nullptr, 1).english(),
             u"1 script of the plan cannot run, so nothing was run:"_s);
    // The rule reads the pattern only: an argument keeps its "(s)".
    QCOMPARE(Message("Plan", "%n file(s): %1", nullptr, 1).arg(u"a(s).sql"_s).english(), u"1 file: a(s).sql"_s);
    const Message joined = Message::join({Message("Executor", "statement %1 at %2").arg(1).arg(u"a.sql:1:1"_s), u"x"_s}, u"; "_s);
    QCOMPARE(joined.english(), u"statement 1 at a.sql:1:1; x"_s);
}

void TestMessage::translatedOnlyWhereShown()
{
    const Message m = Message::join({Message("Executor", "statement %1 of %2 failed at %3").arg(3).arg(4).arg(u"f.sql:4:1"_s),
                                     Message("Executor", "none of its statements ran")},
                                    u"; "_s);
    QCOMPARE(installTranslations({u"godwit_models"_s}, u"de"_s), u"de"_s);
    const QString german = m.text();
    const QString english = m.english();
    QCOMPARE(installTranslations({u"godwit_models"_s}, u"fr"_s), u"fr"_s);
    const QString french = m.text();
    installTranslations({u"godwit_models"_s}, u"en"_s);
    QCOMPARE(english, u"statement 3 of 4 failed at f.sql:4:1; none of its statements ran"_s);
    QCOMPARE(m.english(), english);
    QVERIFY2(german.startsWith(u"Anweisung 3 von 4"_s), qPrintable(german));
    QVERIFY2(french != english && french != german && french.contains(u"f.sql:4:1"_s), qPrintable(french));
    QCOMPARE(m.text(), english);
}

// A deployment record keeps a message as English for its readers and as its source for a
// reader in another language: read back, it translates as the original did.
void TestMessage::recordedAndReadAgain()
{
    const Message m = Message::join({Message("Executor", "statement %1 of %2 failed at %3").arg(3).arg(4).arg(u"f.sql:4:1"_s),
                                     Message("Plan", "%n script(s) of the plan cannot run, so nothing was run:", nullptr, 1),
                                     Message(u"server said: 100%1"_s)},
                                    u"; "_s);
    const QJsonValue json = m.toJson();
    QCOMPARE(json.toObject().value(u"text"_s).toString(), m.english());
    const Message read = Message::fromJson(json);
    QCOMPARE(read.english(), m.english());
    QCOMPARE(installTranslations({u"godwit_models"_s}, u"de"_s), u"de"_s);
    const QString german = m.text();
    QCOMPARE(read.text(), german);
    installTranslations({u"godwit_models"_s}, u"en"_s);
    QVERIFY2(german.startsWith(u"Anweisung 3 von 4"_s), qPrintable(german));
    // Older records held the text alone: it reads as verbatim.
    QCOMPARE(Message::fromJson(QJsonValue(u"as it was told"_s)).text(), u"as it was told"_s);
    QCOMPARE(Message(u"plain"_s).toJson(), QJsonValue(u"plain"_s));
}

QTEST_GUILESS_MAIN(TestMessage)
#include "tst_message.moc"
