#include "deployment/deploymentsession.h"

#include "demo/demoproject.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! The deployment session on a copy of the demo project (SQLite, production at 000007 with
    three migrations pending): one owner of the deployment under way, which saves each
    edit and tells its observers. */
class TestDeploymentSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void editSavesAndEmitsChanged();
    void refusedEditChangesNothing();
    void anotherProcessesEditsAreKept();
    void observersSeeTheSameState();
    void startingAgainRetargetsOrSupersedes();
    void closedDeploymentOpensOnlyAsPast();
    void oldRecordLoadsWithItsEvidence();
    void evidenceReadsInWords_data();
    void evidenceReadsInWords();
    void durationsInWords_data();
    void durationsInWords();

private:
    QString start(DeploymentSession &session, const QString &to = {}) const;
    QByteArray recordBytes(const QString &id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestDeploymentSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const DemoSetup demo = ensureDemoProject(m_dir->path());
    QVERIFY2(demo.error.isEmpty(), qPrintable(demo.error));
    m_project = demo.projectDir;
}

// Starts a deployment on production up to `to`; returns the session's error.
QString TestDeploymentSession::start(DeploymentSession &session, const QString &to) const
{
    const Project project = *loadProject(m_project).project;
    const Profile &profile = *project.profile(u"production"_s);
    const ConnectionSpec target = *connectionFromProfile(profile, project.directory).spec;
    session.setSigner(u"alice"_s);
    session.open(m_project, profile.name);
    return session.start(*checklistTemplate(project).checklist, profile, target.display(), u"sqlite"_s, to,
                         bindPlan(Workspace{project, target, {}}, to));
}

QByteArray TestDeploymentSession::recordBytes(const QString &id) const
{
    QFile file(QDir(deploymentsDirectory(m_project)).filePath(id + u".json"_s));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestDeploymentSession::editSavesAndEmitsChanged()
{
    DeploymentSession session;
    QSignalSpy changed(&session, &DeploymentSession::changed);
    QCOMPARE(start(session), QString());
    QVERIFY(session.current());
    QCOMPARE(changed.size(), 2); // opened, then started
    const QString id = session.current()->id;
    QCOMPARE(recordBytes(id), session.current()->toBytes());

    QCOMPARE(session.tick(u"notify"_s, u"posted in #ops"_s), QString());
    QCOMPARE(changed.size(), 3);
    const ChecklistItem *notify = session.current()->item(u"notify"_s);
    QVERIFY(notify->isDone());
    QCOMPARE(notify->signoff.by, u"alice"_s);
    QCOMPARE(recordBytes(id), session.current()->toBytes());

    // What is on disk is what another session reads.
    DeploymentSession reader;
    reader.open(m_project, u"production"_s);
    QVERIFY(reader.current());
    QCOMPARE(reader.current()->item(u"notify"_s)->signoff.note, u"posted in #ops"_s);
}

// The window's session read the record before godwit-cli changed and then closed it: the
// window's next edit keeps the command line's ticks, and once the record is closed the
// window can neither edit nor apply it.
void TestDeploymentSession::anotherProcessesEditsAreKept()
{
    DeploymentSession window;
    QCOMPARE(start(window), QString());
    const QString id = window.current()->id;
    DeploymentSession cli;
    cli.setSigner(u"dave"_s);
    cli.open(m_project, u"production"_s);
    QCOMPARE(cli.tick(u"notify"_s, u"posted in #ops"_s), QString());

    QCOMPARE(window.tick(u"docs"_s, u"runbook updated"_s), QString());
    QCOMPARE(window.current()->item(u"notify"_s)->signoff.by, u"dave"_s);
    const Deployment onDisk = *loadDeployment(QDir(deploymentsDirectory(m_project)).filePath(id + u".json"_s)).deployment;
    QVERIFY(onDisk.item(u"notify"_s)->isDone());
    QVERIFY(onDisk.item(u"docs"_s)->isDone());

    QCOMPARE(cli.close(u"change freeze"_s), QString());
    const QByteArray closed = recordBytes(id);
    QSignalSpy changed(&window, &DeploymentSession::changed);
    const QString error = window.tick(u"monitor"_s, {});
    QVERIFY2(error.contains(u"was closed by dave"_s) && error.contains(u"change freeze"_s), qPrintable(error));
    QVERIFY(!window.current());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(recordBytes(id), closed);
}

void TestDeploymentSession::refusedEditChangesNothing()
{
    DeploymentSession session;
    QCOMPARE(start(session), QString());
    const QString id = session.current()->id;
    const QByteArray before = recordBytes(id);
    QSignalSpy changed(&session, &DeploymentSession::changed);

    const QString error = session.tick(u"backup"_s, {}); // Godwit checks it: not ticked
    QVERIFY2(error.contains(u"backup"_s), qPrintable(error));
    QCOMPARE(session.edit([](Deployment &d) {
        d.items.clear();
        return u"refused"_s;
    }),
             u"refused"_s);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(session.current()->items.size(), 12);
    QCOMPARE(recordBytes(id), before);
    QVERIFY(!session.overrideGate(u"  "_s).isEmpty()); // an override needs a reason
    QVERIFY(!session.current()->gateOverride);
}

void TestDeploymentSession::observersSeeTheSameState()
{
    DeploymentSession session;
    QCOMPARE(start(session), QString());
    QByteArray first;
    QByteArray second;
    connect(&session, &DeploymentSession::changed, this, [&] { first = session.current()->toBytes(); });
    connect(&session, &DeploymentSession::changed, this, [&] { second = session.current()->toBytes(); });
    QCOMPARE(session.overrideGate(u"INC-42, approved by the on-call DBA"_s), QString());
    QVERIFY(!first.isEmpty());
    QCOMPARE(first, second);
    QCOMPARE(first, recordBytes(session.current()->id));
    QVERIFY(session.current()->applyAllowed());
}

void TestDeploymentSession::startingAgainRetargetsOrSupersedes()
{
    DeploymentSession session;
    QCOMPARE(start(session, u"000009"_s), QString());
    const QString id = session.current()->id;
    QCOMPARE(session.current()->steps.size(), 2);

    // Not run yet: the same deployment is bound to the new plan.
    QCOMPARE(start(session), QString());
    QCOMPARE(session.current()->id, id);
    QCOMPARE(session.current()->steps.size(), 3);

    // Once it ran, a new attempt starts and the old record is closed.
    QCOMPARE(session.recordOutcome({QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc(), true, {},
                                    {StepOutcome{u"000008"_s, u"up"_s, u"done"_s, 19, {}, {}}}}),
             QString());
    QVERIFY(session.current()->isApplied());
    QCOMPARE(start(session), QString());
    QVERIFY(session.current()->id != id);
    const DeploymentLoad old = session.loadPast(id);
    QVERIFY2(old.deployment, qPrintable(old.error));
    QVERIFY(old.deployment->isClosed());
    QCOMPARE(old.deployment->closed.by, u"alice"_s);
}

void TestDeploymentSession::closedDeploymentOpensOnlyAsPast()
{
    DeploymentSession session;
    QCOMPARE(start(session), QString());
    const QString id = session.current()->id;
    QSignalSpy changed(&session, &DeploymentSession::changed);
    QCOMPARE(session.close(u"postponed"_s), QString());
    QCOMPARE(changed.size(), 1);
    QVERIFY(!session.current());
    QVERIFY(!session.tick(u"notify"_s, {}).isEmpty()); // nothing under way to edit

    session.open(m_project, u"production"_s);
    QVERIFY(!session.current());
    const DeploymentLoad past = session.loadPast(id);
    QVERIFY2(past.deployment, qPrintable(past.error));
    QCOMPARE(past.deployment->closed.note, u"postponed"_s);
    QVERIFY(!session.loadPast(u"no-such-deployment"_s).error.isEmpty());
}

// The record of tests/data/deployment, written before restoreCommandLine was recorded.
void TestDeploymentSession::oldRecordLoadsWithItsEvidence()
{
    const QString path = QStringLiteral(GODWIT_TEST_DATA "/deployment/record.json");
    const DeploymentLoad load = loadDeployment(path);
    QVERIFY2(load.deployment, qPrintable(load.error));
    const Deployment &d = *load.deployment;

    const auto *backup = std::get_if<BackupEvidence>(&d.item(u"backup"_s)->evidence);
    QVERIFY(backup);
    QCOMPARE(backup->file, u".godwit/backups/production-20261201-223749.sqlite3"_s);
    QCOMPARE(backup->size, 53248);
    QVERIFY(!backup->restoreCommandLine);
    const auto *review = std::get_if<ReviewEvidence>(&d.item(u"destructive-review"_s)->evidence);
    QVERIFY(review);
    QCOMPARE(review->acknowledgedNames(), QStringList{u"drop column customers.name"_s});
    QCOMPARE(review->acknowledged.first().signoff.by, u"bob"_s);
    QCOMPARE(std::get<ApplyEvidence>(d.item(u"apply"_s)->evidence).steps.size(), 3);
    QVERIFY(!hasEvidence(d.item(u"notify"_s)->evidence));

    // Written again, it says what it said: no key lost, none added.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(d.toJson(), QJsonDocument::fromJson(file.readAll()).object());
}

void TestDeploymentSession::evidenceReadsInWords_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("backup") << u"backup"_s
                            << QStringList{u"Taken: in 5 ms with VACUUM INTO (SQLite 3.40.1)"_s, u"Size: 52.00 KiB (53248 bytes)"_s,
                                           u"Restore with: sqlite3 /srv/shop/production.sqlite "_s};
    QTest::newRow("staging") << u"staging-dry-run"_s
                             << QStringList{u"Ran: 3 steps in 9 ms"_s, u"Schema change: drop column customers.name (destructive)"_s};
    QTest::newRow("review") << u"destructive-review"_s
                            << QStringList{u"Destructive: drop column customers.name — acknowledged by bob at "
                                           u"2026-12-01 22:37 UTC: column unused since release 4.2"_s};
    QTest::newRow("apply") << u"apply"_s << QStringList{u"Step 000008: done in 1 ms"_s};
    QTest::newRow("verify") << u"verify"_s << QStringList{u"Revision: 000010"_s, u"Drift: none"_s};
}

void TestDeploymentSession::evidenceReadsInWords()
{
    QFETCH(QString, item);
    QFETCH(QStringList, expected);
    const DeploymentLoad load = loadDeployment(QStringLiteral(GODWIT_TEST_DATA "/deployment/record.json"));
    QVERIFY2(load.deployment, qPrintable(load.error));
    QStringList words;
    for (const EvidenceLine &l : evidenceLines(load.deployment->item(item)->evidence))
        words << l.label + u": "_s + l.text;
    const QString text = words.join(u'\n');
    for (const QString &e : expected)
        QVERIFY2(text.contains(e), qPrintable(e + u"\n--- in ---\n"_s + text));
    // No key of the record reaches people: durationMs, restoreCommand, toolVersion…
    static const QRegularExpression camel(uR"(\b[a-z]+[A-Z][A-Za-z]*\b)"_s);
    QVERIFY2(!camel.match(text).hasMatch(), qPrintable(camel.match(text).captured()));
}

void TestDeploymentSession::durationsInWords_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("words");
    QTest::newRow("ms") << qint64(19) << u"19 ms"_s;
    QTest::newRow("seconds") << qint64(1234) << u"1.2 s"_s;
    QTest::newRow("minutes") << qint64(184000) << u"3 min 4 s"_s;
}

void TestDeploymentSession::durationsInWords()
{
    QFETCH(qint64, ms);
    QFETCH(QString, words);
    QCOMPARE(durationText(ms), words);
}

QTEST_GUILESS_MAIN(TestDeploymentSession)
#include "tst_deploymentsession.moc"
