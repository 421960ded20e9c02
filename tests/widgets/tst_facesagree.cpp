#include "demo/demoproject.h"
#include "mainwindow.h"
#include "previewpanel.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! The window and godwit-cli plan through one service: for the same project and target the
    plan the window's dry run shows is the plan `godwit-cli plan` prints and `godwit-cli
    dry-run` rehearses, fingerprint for fingerprint. */
class TestFacesAgree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void windowAndCliPlanAlike();
    void roundTripsByKeyboard();
};

void TestFacesAgree::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QCoreApplication::setOrganizationName(u"GodwitTest"_s);
}

void TestFacesAgree::windowAndCliPlanAlike()
{
    QTemporaryDir dir;
    const DemoSetup demo = ensureDemoProject(dir.path());
    QVERIFY2(demo.error.isEmpty(), qPrintable(demo.error));
    MainWindow window;
    window.show();
    QSignalSpy refreshed(&window, &MainWindow::statusRefreshed);
    QVERIFY(window.openProject(demo.projectDir));
    QVERIFY(refreshed.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 30000);

    QSignalSpy finished(&window, &MainWindow::jobFinished);
    window.dryRunAction()->trigger();
    QVERIFY(finished.wait(30000));
    const QString summary = window.preview()->summary()->text();
    const QRegularExpressionMatch shown = QRegularExpression(u"Plan ([0-9a-f]{16})"_s).match(summary);
    QVERIFY2(shown.hasMatch(), qPrintable(summary));

    const auto cliJson = [&](const QString &command) {
        QProcess p;
        p.start(QStringLiteral(GODWIT_CLI), {command, u"--project"_s, demo.projectDir, u"--format"_s, u"json"_s});
        p.waitForFinished(60000);
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    };
    QCOMPARE(cliJson(u"plan"_s).value(u"planId"_s).toString(), shown.captured(1));
    QCOMPARE(cliJson(u"dry-run"_s).value(u"plan"_s).toString(), shown.captured(1));
}

// Shift+F6 runs the dry run with each migration's round trip; the Preview says what the CLI's
// `dry-run --reversible` finds, and the estimate.
void TestFacesAgree::roundTripsByKeyboard()
{
    QTemporaryDir dir;
    const DemoSetup demo = ensureDemoProject(dir.path());
    QVERIFY2(demo.error.isEmpty(), qPrintable(demo.error));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy refreshed(&window, &MainWindow::statusRefreshed);
    QVERIFY(window.openProject(demo.projectDir));
    QVERIFY(refreshed.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 30000);

    QSignalSpy finished(&window, &MainWindow::jobFinished);
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_F6, Qt::ShiftModifier);
    QVERIFY(finished.wait(60000));
    const QString summary = window.preview()->summary()->text();

    QProcess p;
    p.start(QStringLiteral(GODWIT_CLI),
            {u"dry-run"_s, u"--reversible"_s, u"--project"_s, demo.projectDir, u"--format"_s, u"json"_s});
    p.waitForFinished(60000);
    const QJsonObject cli = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const QJsonObject reversibility = cli.value(u"reversibility"_s).toObject();
    const qsizetype trips = reversibility.value(u"migrations"_s).toArray().size();
    QVERIFY2(trips > 0, qPrintable(summary));
    const QJsonArray findings = reversibility.value(u"messages"_s).toArray();
    if (findings.isEmpty())
        QVERIFY2(summary.contains(u"Reversible (%1 migrations): each down restores"_s.arg(trips)), qPrintable(summary));
    for (const QJsonValue &finding : findings) // the demo's 000010 restores a column with a new default
        QVERIFY2(summary.contains(finding.toString()), qPrintable(finding.toString() + u" not in "_s + summary));
    QVERIFY2(summary.contains(u"Estimate: about"_s), qPrintable(summary));
}

QTEST_MAIN(TestFacesAgree)
#include "tst_facesagree.moc"
