#include "deployment/checks.h"
#include "deployment/deploymentedits.h"
#include "deployment/deploymentreport.h"

#include "database/historystore.h"
#include "demo/demoproject.h"
#include "support/testtargets.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace godwit;
using namespace Qt::StringLiterals;

/*! Deployments on a copy of the demo project (SQLite: local, staging and production at
    revision 000007, three migrations pending, the last one dropping a column): the
    checklist template, the automatic items and their evidence, evidence going stale,
    gating with its override, the record on disk and the reports. */
class TestDeployment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void templateFromProjectFile_data();
    void templateFromProjectFile();
    void automaticItemsTakeEvidence();
    void evidenceGoesStale_data();
    void evidenceGoesStale();
    void undoneEditMakesEvidenceCurrentAgain();
    void oneCauseIsSaidOnce();
    void olderRecordsDoNotClaimDownEdits();
    void rollbackNoteStandsForAMissingDown();
    void productionGatesApplyUntilOverridden();
    void applyRefusesAPlanThatWasNotReviewed();
    void recordSurvivesReloadByteForByte();
    void brokenRecordNamesLineAndColumn();
    void deploymentsInOneSecondKeepTheirRecords();
    void checksOnEveryEngine_data() { test::addEngineRows(); }
    void checksOnEveryEngine();
    void reportsMatchGoldenFiles_data();
    void reportsMatchGoldenFiles();

private:
    Project project() const;
    DeploymentContext context(const QString &profile) const;
    Deployment start(const QString &profile, const QString &to = {}) const;
    void rebindNow(Deployment &d) const;
    void append(const QString &relative, const QByteArray &text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestDeployment::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const DemoSetup demo = ensureDemoProject(m_dir->path());
    QVERIFY2(demo.error.isEmpty(), qPrintable(demo.error));
    m_project = demo.projectDir;
}

Project TestDeployment::project() const
{
    return *loadProject(m_project).project;
}

DeploymentContext TestDeployment::context(const QString &profile) const
{
    const Project p = project();
    DeploymentContext c;
    c.workspace = Workspace{p, *connectionFromProfile(*p.profile(profile), p.directory).spec, {}};
    c.staging = Workspace{p, *connectionFromProfile(*p.profile(u"staging"_s), p.directory).spec, {}};
    c.signer = u"tester"_s;
    return c;
}

Deployment TestDeployment::start(const QString &profile, const QString &to) const
{
    const DeploymentContext c = context(profile);
    const PlanBinding binding = bindPlan(c.workspace, to);
    [&] { QVERIFY2(binding.error.isEmpty(), qPrintable(binding.error)); }();
    return startDeployment(m_project, *checklistTemplate(c.workspace.project).checklist, *c.workspace.project.profile(profile),
                           c.workspace.target.display(), u"sqlite"_s, binding.from, to, binding.steps, binding.plan,
                           signNow(u"tester"_s));
}

void TestDeployment::rebindNow(Deployment &d) const
{
    const PlanBinding binding = bindPlan(context(d.profile).workspace, d.to);
    rebind(d, binding.from, d.to, binding.steps, binding.plan);
}

void TestDeployment::append(const QString &relative, const QByteArray &text) const
{
    QFile file(m_project + u'/' + relative);
    QVERIFY(file.open(QIODevice::Append));
    file.write(text);
}

void TestDeployment::templateFromProjectFile_data()
{
    QTest::addColumn<QByteArray>("checklist");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("default") << QByteArray() << QString()
                             << QStringList{u"backup"_s, u"staging-dry-run"_s, u"reversibility"_s, u"rollback"_s,
                                            u"estimate"_s, u"destructive-review"_s, u"notify"_s, u"apply"_s,
                                            u"monitor"_s, u"verify"_s, u"app-health"_s, u"docs"_s};
    QTest::newRow("own items") << QByteArray(R"({"items": [{"id": "backup", "check": "backup", "title": "Backup",
        "required": true}, {"id": "dba", "title": "DBA signed off", "required": true}, {"id": "smoke",
        "section": "after", "title": "Smoke tests"}]})")
                               << QString() << QStringList{u"backup"_s, u"dba"_s, u"smoke"_s};
    QTest::newRow("unknown check") << QByteArray(R"({"items": [{"id": "a", "title": "A"}, {"id": "b", "title": "B",
        "check": "bakup"}]})") << u"checklist: items[1].check: unknown check \"bakup\""_s << QStringList();
    QTest::newRow("same id twice") << QByteArray(R"({"items": [{"id": "a", "title": "A"}, {"id": "a", "title": "B"}]})")
                                   << u"items[1]: the id \"a\" is used twice"_s << QStringList();
    QTest::newRow("bad section") << QByteArray(R"({"items": [{"id": "a", "title": "A", "section": "later"}]})")
                                 << u"items[0].section: \"later\" is not before, during or after"_s << QStringList();
    QTest::newRow("unknown staging") << QByteArray(R"({"stagingProfile": "qa"})")
                                     << u"stagingProfile \"qa\" is not among the profiles"_s << QStringList();
}

void TestDeployment::templateFromProjectFile()
{
    QFETCH(QByteArray, checklist);
    QFETCH(QString, error);
    QFETCH(QStringList, ids);
    Project p = project();
    p.checklist = QJsonDocument::fromJson(checklist.isEmpty() ? "{}" : checklist).object();
    const ChecklistTemplateLoad load = checklistTemplate(p);
    if (!error.isEmpty()) {
        QVERIFY(!load.checklist);
        QVERIFY2(load.error.contains(error), qPrintable(load.error));
        QVERIFY2(load.error.contains(u"godwit.json"_s), qPrintable(load.error));
        return;
    }
    QVERIFY2(load.checklist, qPrintable(load.error));
    QStringList actual;
    for (const ChecklistItemTemplate &i : load.checklist->items)
        actual << i.id;
    QCOMPARE(actual, ids);
}

void TestDeployment::automaticItemsTakeEvidence()
{
    Deployment d = start(u"production"_s);
    QCOMPARE(d.from, u"000007"_s);
    QCOMPARE(d.targetVersion(), u"000010"_s);
    QCOMPARE(d.steps.size(), 3);
    QVERIFY(d.steps.constLast().sql.contains(u"DROP COLUMN name"_s));
    QVERIFY(!d.applyAllowed());

    CancelToken cancel;
    const QList<ItemResult> results = runChecks(context(u"production"_s), d, {}, cancel, {});
    for (const ItemResult &r : results)
        applyResult(d, r, signNow(u"tester"_s));

    const ChecklistItem *backup = d.item(u"backup"_s);
    QCOMPARE(backup->state, ItemState::Done);
    const auto *taken = std::get_if<BackupEvidence>(&backup->evidence);
    QVERIFY(taken);
    const QString file = m_project + u'/' + taken->file;
    QVERIFY2(QFile::exists(file), qPrintable(file));
    QCOMPARE(taken->size, QFileInfo(file).size());
    QFile bytes(file);
    QVERIFY(bytes.open(QIODevice::ReadOnly));
    QCOMPARE(taken->sha256,
             QString::fromLatin1(QCryptographicHash::hash(bytes.readAll(), QCryptographicHash::Sha256).toHex()));
    QVERIFY(backup->summary.english().contains(u"restore: sqlite3"_s));

    QCOMPARE(d.item(u"staging-dry-run"_s)->state, ItemState::Done);
    QCOMPARE(std::get<StagingEvidence>(d.item(u"staging-dry-run"_s)->evidence).plan, d.plan);
    // SQLite cannot add a NOT NULL column without a default: the down of 000010 is not exact.
    const ChecklistItem *reversibility = d.item(u"reversibility"_s);
    QCOMPARE(reversibility->state, ItemState::Failed);
    QVERIFY2(reversibility->error.english().contains(u"customers.name"_s), qPrintable(reversibility->error.english()));
    QCOMPARE(d.item(u"rollback"_s)->state, ItemState::Done);
    const ChecklistItem *estimate = d.item(u"estimate"_s);
    QCOMPARE(estimate->state, ItemState::Done);
    const EstimateEvidence::Table customers = std::get<EstimateEvidence>(estimate->evidence).tables.value(0);
    QCOMPARE(customers.table, u"customers"_s);
    auto production = test::connect(context(u"production"_s).workspace.target);
    QSqlQuery count(production->database());
    QVERIFY(count.exec(u"SELECT count(*) FROM customers"_s) && count.next());
    QCOMPARE(customers.rows, count.value(0).toLongLong());

    // The dry runs changed nothing on the target.
    QCOMPARE(bindPlan(context(u"production"_s).workspace, {}).from, u"000007"_s);

    ChecklistItem *review = d.item(u"destructive-review"_s);
    QCOMPARE(review->state, ItemState::Open);
    // The dry run's destructive change, and the lint error of the script that makes it.
    QCOMPARE(std::get<ReviewEvidence>(review->evidence).destructive.size(), 2);
    QVERIFY(acknowledgeChange(d, u"drop table customers"_s, signNow(u"alice"_s)).contains(u"not among"_s));
    QCOMPARE(acknowledgeChange(d, u"drop column customers.name"_s, signNow(u"alice"_s)), QString());
    QCOMPARE(review->state, ItemState::Open);
    QCOMPARE(acknowledgeChange(d, u"lint drop-column: drops column customers.name (migrations/000010_contract_customer_name.up.sql:2)"_s, signNow(u"alice"_s)), QString());
    QCOMPARE(review->state, ItemState::Done);
    QCOMPARE(d.missingForApply(), QStringList{u"reversibility"_s});

    // A manual item: who, when, the note; an automatic one is not ticked by hand.
    QCOMPARE(tickItem(d, u"notify"_s, signNow(u"bob"_s, u"mail to #ops"_s)), QString());
    QCOMPARE(d.item(u"notify"_s)->signoff.by, u"bob"_s);
    QCOMPARE(d.item(u"notify"_s)->signoff.note, u"mail to #ops"_s);
    QVERIFY(!tickItem(d, u"backup"_s, signNow(u"bob"_s)).isEmpty());
}

void TestDeployment::evidenceGoesStale_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("backupStale");
    QTest::newRow("script edited") << u"edit"_s << u"the up script of 000009 backfill customer full name was edited"_s
                                   << false;
    // The way back is part of the plan: a fixed down script makes the rollback's evidence old.
    QTest::newRow("down script edited") << u"edit-down"_s
                                        << u"the down script of 000009 backfill customer full name was edited"_s << false;
    QTest::newRow("new pending migration") << u"new"_s << u"000011 add order notes joined the plan"_s << false;
    QTest::newRow("target version changed") << u"retarget"_s << u"the target version changed: everything pending → 000009"_s
                                            << false;
    QTest::newRow("target revision moved") << u"applied"_s << u"the target's revision changed: 000007 → 000008"_s
                                           << true;
}

void TestDeployment::evidenceGoesStale()
{
    QFETCH(QString, change);
    QFETCH(QString, reason);
    QFETCH(bool, backupStale);
    Deployment d = start(u"production"_s);
    CancelToken cancel;
    for (const ItemResult &r : runChecks(context(u"production"_s), d, {u"backup"_s, u"staging-dry-run"_s, u"rollback"_s},
                                         cancel, {}))
        applyResult(d, r, signNow(u"tester"_s));
    QCOMPARE(tickItem(d, u"notify"_s, signNow(u"bob"_s)), QString());
    QCOMPARE(d.item(u"staging-dry-run"_s)->state, ItemState::Done);

    if (change == u"edit") {
        append(u"migrations/000009_backfill_customer_full_name.up.sql"_s, "UPDATE customers SET full_name = name;\n");
    } else if (change == u"edit-down") {
        append(u"migrations/000009_backfill_customer_full_name.down.sql"_s, "-- nothing to undo: the expand's down drops it\n");
    } else if (change == u"new") {
        QFile up(m_project + u"/migrations/000011_add_order_notes.up.sql"_s);
        QVERIFY(up.open(QIODevice::WriteOnly));
        up.write("ALTER TABLE orders ADD COLUMN note TEXT;\n");
    } else if (change == u"retarget") {
        d.to.clear(); // as started; retargeted below
    } else {
        auto target = test::connect(context(u"production"_s).workspace.target);
        const ExecutionReport run = test::migrate(m_project + u"/migrations"_s, *target, {Direction::Up, u"000008"_s});
        QVERIFY(run.ok);
    }
    const PlanBinding binding = bindPlan(context(u"production"_s).workspace,
                                         change == u"retarget" ? u"000009"_s : QString());
    QVERIFY2(binding.error.isEmpty(), qPrintable(binding.error));
    const QString why = rebind(d, binding.from, change == u"retarget" ? u"000009"_s : QString(), binding.steps,
                               binding.plan)
                            .english();
    QVERIFY2(why.contains(reason), qPrintable(why));
    for (const QString &id : {u"staging-dry-run"_s, u"rollback"_s, u"notify"_s}) {
        QCOMPARE(d.item(id)->state, ItemState::Stale);
        QCOMPARE(d.item(id)->staleReason.english(), why);
    }
    QCOMPARE(d.item(u"backup"_s)->state, backupStale ? ItemState::Stale : ItemState::Done);
    QCOMPARE(d.item(u"reversibility"_s)->state, ItemState::Open); // never done: nothing to invalidate
    QVERIFY(d.missingForApply().contains(u"staging-dry-run"_s));
}

void TestDeployment::undoneEditMakesEvidenceCurrentAgain()
{
    Deployment d = start(u"local"_s);
    CancelToken cancel;
    for (const ItemResult &r : runChecks(context(u"local"_s), d, {u"rollback"_s}, cancel, {}))
        applyResult(d, r, signNow(u"tester"_s));
    const QString path = m_project + u"/migrations/000008_expand_customer_full_name.up.sql"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.close();
    append(u"migrations/000008_expand_customer_full_name.up.sql"_s, "-- reviewed\n");
    rebindNow(d);
    QCOMPARE(d.item(u"rollback"_s)->state, ItemState::Stale);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(original);
    file.close();
    rebindNow(d);
    QCOMPARE(d.item(u"rollback"_s)->state, ItemState::Done);
    QVERIFY(d.item(u"rollback"_s)->staleReason.isEmpty());
}

void TestDeployment::oneCauseIsSaidOnce()
{
    // An up script that fails stops the one dry run three items are taken from.
    append(u"migrations/000009_backfill_customer_full_name.up.sql"_s, "UPDATE no_such_table SET x = 1;\n");
    Deployment d = start(u"local"_s);
    CancelToken cancel;
    const QStringList ids{u"reversibility"_s, u"estimate"_s, u"destructive-review"_s};
    for (const ItemResult &r : runChecks(context(u"local"_s), d, ids, cancel, {}))
        applyResult(d, r, signNow(u"tester"_s));
    QStringList saying;
    for (const QString &id : ids) {
        QCOMPARE(d.item(id)->state, ItemState::Failed);
        if (d.item(id)->error.english().contains(u"no_such_table"_s))
            saying << id;
        else
            QCOMPARE(d.item(id)->error.english(), u"not checked: the same dry run failed, see reversibility"_s);
    }
    QCOMPARE(saying, QStringList{u"reversibility"_s});
}

// A record written before steps kept the checksum of their way back does not claim that
// every down script was edited.
void TestDeployment::olderRecordsDoNotClaimDownEdits()
{
    Deployment d = start(u"local"_s);
    for (DeploymentStep &s : d.steps)
        s.inverseChecksum.clear();
    const PlanBinding binding = bindPlan(context(u"local"_s).workspace, {});
    QVERIFY2(binding.error.isEmpty(), qPrintable(binding.error));
    const QString why = rebind(d, binding.from, {}, binding.steps, binding.plan).english();
    QVERIFY2(!why.contains(u"down script"_s), qPrintable(why));
}

void TestDeployment::rollbackNoteStandsForAMissingDown()
{
    QVERIFY(QFile::remove(m_project + u"/migrations/000010_contract_customer_name.down.sql"_s));
    Deployment d = start(u"production"_s);
    CancelToken cancel;
    for (const ItemResult &r : runChecks(context(u"production"_s), d, {u"rollback"_s}, cancel, {}))
        applyResult(d, r, signNow(u"tester"_s));
    QCOMPARE(d.item(u"rollback"_s)->state, ItemState::Failed);
    QCOMPARE(d.item(u"rollback"_s)->error.english(), u"no down script and no rollback note for 000010"_s);
    QVERIFY(!setRollbackNote(d, u"000099"_s, u"x"_s, signNow(u"tester"_s)).isEmpty());
    QCOMPARE(setRollbackNote(d, u"000010"_s, u"restore customers.name from the backup"_s, signNow(u"dba"_s)), QString());
    QCOMPARE(d.item(u"rollback"_s)->state, ItemState::Done);
    QVERIFY2(d.item(u"rollback"_s)->summary.english().contains(u"1 with a written rollback"_s),
             qPrintable(d.item(u"rollback"_s)->summary.english()));
    QVERIFY(deploymentReport(d, ReportFormat::Markdown).contains(u"manual: restore customers.name from the backup"_s));
    // The note survives a rebinding of the plan.
    append(u"migrations/000010_contract_customer_name.up.sql"_s, "-- reviewed\n");
    rebindNow(d);
    QCOMPARE(d.steps.constLast().rollbackNote, u"restore customers.name from the backup"_s);
}

void TestDeployment::productionGatesApplyUntilOverridden()
{
    Deployment local = start(u"local"_s);
    QVERIFY(local.applyAllowed()); // development: the checklist advises, it does not gate

    Deployment d = start(u"production"_s);
    QVERIFY(!d.applyAllowed());
    QCOMPARE(d.missingForApply().size(), 5);
    QVERIFY(!overrideGate(d, signNow(u"carol"_s, u"  "_s)).isEmpty());
    QVERIFY(!d.applyAllowed());
    QCOMPARE(overrideGate(d, signNow(u"carol"_s, u"hotfix for INC-42, approved by the CTO"_s)), QString());
    QVERIFY(d.applyAllowed());
    QCOMPARE(d.gateOverride->missing, d.missingForApply());

    CancelToken cancel;
    QStringList log;
    const DeploymentOutcome outcome = runDeploymentApply(context(u"production"_s), d, cancel, {}, &log);
    QVERIFY2(outcome.ok, qPrintable(outcome.error + log.join(u'\n')));
    recordOutcome(d, outcome, signNow(u"carol"_s));
    QCOMPARE(d.outcome->steps.size(), 3);
    QCOMPARE(d.item(u"apply"_s)->state, ItemState::Done);
    QVERIFY(!d.applyAllowed()); // it ran

    auto target = test::connect(context(u"production"_s).workspace.target);
    QSqlQuery audit(target->database());
    QVERIFY(audit.exec(u"SELECT description, plan_id, detail FROM godwit_audit_log WHERE action = 'override'"_s));
    QVERIFY(audit.next());
    QVERIFY2(audit.value(0).toString().contains(d.id), qPrintable(audit.value(0).toString()));
    QCOMPARE(audit.value(1).toString(), d.plan);
    QVERIFY(audit.value(2).toString().contains(u"hotfix for INC-42"_s));

    // After: verify has its evidence on the target as it is now.
    for (const ItemResult &r : runChecks(context(u"production"_s), d, {u"verify"_s}, cancel, {}))
        applyResult(d, r, signNow(u"carol"_s));
    QCOMPARE(d.item(u"verify"_s)->state, ItemState::Done);
    QCOMPARE(std::get<VerifyEvidence>(d.item(u"verify"_s)->evidence).revision, u"000010"_s);

    // An applied script edited since it ran fails verify, as `godwit-cli verify --drift` exits 1.
    append(u"migrations/000010_contract_customer_name.up.sql"_s, "-- edited after it ran\n");
    const QList<ItemResult> edited = runChecks(context(u"production"_s), d, {u"verify"_s}, cancel, {});
    QCOMPARE(edited.size(), 1);
    QVERIFY2(edited.first().error.english().contains(u"changed since they ran"_s)
                 && edited.first().error.english().contains(u"000010"_s),
             qPrintable(edited.first().error.english()));
}

void TestDeployment::applyRefusesAPlanThatWasNotReviewed()
{
    Deployment d = start(u"local"_s);
    append(u"migrations/000010_contract_customer_name.up.sql"_s, "DROP INDEX IF EXISTS idx_customers_email;\n");
    CancelToken cancel;
    const DeploymentOutcome outcome = runDeploymentApply(context(u"local"_s), d, cancel, {}, nullptr);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(u"not the one reviewed"_s), qPrintable(outcome.error));
    QVERIFY(outcome.steps.isEmpty());
    recordOutcome(d, outcome, signNow(u"tester"_s));
    QVERIFY(!d.outcome); // nothing ran: the deployment stays open
    QCOMPARE(bindPlan(context(u"local"_s).workspace, {}).from, u"000007"_s);
}

void TestDeployment::recordSurvivesReloadByteForByte()
{
    Deployment d = start(u"production"_s);
    CancelToken cancel;
    for (const ItemResult &r : runChecks(context(u"production"_s), d, {}, cancel, {}))
        applyResult(d, r, signNow(u"tester"_s));
    QCOMPARE(setRollbackNote(d, u"000010"_s, u"restore customers.name from the backup"_s, signNow(u"tester"_s)),
             QString());
    QCOMPARE(saveDeployment(m_project, d), QString());
    const QString path = deploymentsDirectory(m_project) + u'/' + d.id + u".json"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    file.close();
    const QDateTime modified = QFileInfo(path).lastModified();

    const DeploymentLoad load = loadDeployment(path);
    QVERIFY2(load.deployment, qPrintable(load.error));
    QCOMPARE(load.deployment->toBytes(), written);
    QTest::qWait(1100);
    QCOMPARE(saveDeployment(m_project, *load.deployment), QString());
    QCOMPARE(QFileInfo(path).lastModified(), modified); // nothing changed: not rewritten
    QVERIFY(QFile::exists(m_project + u"/.godwit/.gitignore"_s)); // backups stay out of git

    const std::optional<Deployment> current = currentDeployment(m_project, u"production"_s);
    QVERIFY(current);
    QCOMPARE(current->id, d.id);
    QCOMPARE(current->steps.constLast().rollbackNote, u"restore customers.name from the backup"_s);
    QVERIFY(!currentDeployment(m_project, u"local"_s));
    Deployment closed = *current;
    closed.closed = signNow(u"tester"_s);
    QCOMPARE(saveDeployment(m_project, closed), QString());
    QVERIFY(!currentDeployment(m_project, u"production"_s));
    QCOMPARE(listDeployments(m_project).size(), 1);
}

void TestDeployment::deploymentsInOneSecondKeepTheirRecords()
{
    Deployment first = start(u"local"_s);
    first.closed = signNow(u"tester"_s, u"postponed"_s);
    QCOMPARE(saveDeployment(m_project, first), QString());
    const DeploymentContext c = context(u"local"_s);
    const PlanBinding binding = bindPlan(c.workspace, {});
    const Deployment second = startDeployment(m_project, ChecklistTemplate::defaults(), *c.workspace.project.profile(u"local"_s),
                                              c.workspace.target.display(), u"sqlite"_s, binding.from, {}, binding.steps,
                                              binding.plan, first.created);
    QCOMPARE(second.id, first.id + u"-2"_s);
    QCOMPARE(saveDeployment(m_project, second), QString());
    QCOMPARE(listDeployments(m_project).size(), 2);
    QCOMPARE(currentDeployment(m_project, u"local"_s)->id, second.id);
}

void TestDeployment::brokenRecordNamesLineAndColumn()
{
    const QString path = m_dir->filePath(u"broken.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"format\": \"godwit-deployment-1\",\n  \"id\": 12,,\n}\n");
    file.close();
    const DeploymentLoad load = loadDeployment(path);
    QVERIFY(!load.deployment);
    QVERIFY2(load.error.startsWith(path + u":3:"_s), qPrintable(load.error));
}

// The automatic items against a real server of each engine: the tools, the catalogs.
void TestDeployment::checksOnEveryEngine()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    GODWIT_FRESH_TARGET(target, engine, dir.path());
    const QString folder = QStringLiteral(GODWIT_TEST_DATA "/engines/") + dialectName(test::dialectOf(engine));
    {
        auto connection = test::connect(*target);
        const ExecutionReport first = test::migrate(folder, *connection, {Direction::Up, u"002"_s});
        QVERIFY2(first.ok, qPrintable(first.error.english()));
    }
    Project project;
    project.directory = dir.path();
    project.migrationsDir = folder;
    const Profile profile{u"server"_s, {}, {}, {}, 0, {}, {}, {}, Environment::Production};
    project.profiles.insert(profile.name, profile);
    DeploymentContext context;
    context.workspace = Workspace{project, *target, {}};
    context.stagingError = u"no staging here"_s;
    const PlanBinding binding = bindPlan(context.workspace, {});
    QVERIFY2(binding.error.isEmpty(), qPrintable(binding.error));
    QCOMPARE(binding.steps.size(), 2); // the trigger, then the seed rows
    Deployment d = startDeployment(dir.path(), ChecklistTemplate::defaults(), profile, target->display(), engine,
                                   binding.from, {}, binding.steps, binding.plan, signNow(u"tester"_s));
    CancelToken cancel;
    const QList<ItemResult> results = runChecks(context, d, {}, cancel, {});
    for (const ItemResult &r : results)
        applyResult(d, r, signNow(u"tester"_s));
    for (const QString &id : {u"backup"_s, u"reversibility"_s, u"rollback"_s, u"estimate"_s, u"destructive-review"_s})
        QVERIFY2(d.item(id)->isDone(), qPrintable(id + u": "_s + d.item(id)->error.english()));
    QCOMPARE(d.item(u"staging-dry-run"_s)->state, ItemState::Failed);
    QCOMPARE(d.item(u"staging-dry-run"_s)->error.english(), u"no staging here"_s);
    QVERIFY(QFile::exists(dir.path() + u'/' + std::get<BackupEvidence>(d.item(u"backup"_s)->evidence).file));
    const QList<EstimateEvidence::Table> tables = std::get<EstimateEvidence>(d.item(u"estimate"_s)->evidence).tables;
    QCOMPARE(tables.size(), 1);
    QCOMPARE(tables.first().table, u"orders"_s);
    QCOMPARE(tables.first().rows, 0);
    const QString source = tables.first().source;
    QVERIFY2(source.contains(engine == u"mariadb" ? u"information_schema"_s : u"count(*)"_s), qPrintable(source));

    QCOMPARE(d.missingForApply(), QStringList{u"staging-dry-run"_s});
    QCOMPARE(overrideGate(d, signNow(u"tester"_s, u"no staging server for this service"_s)), QString());
    QStringList log;
    const DeploymentOutcome outcome = runDeploymentApply(context, d, cancel, {}, &log);
    QVERIFY2(outcome.ok, qPrintable(outcome.error + log.join(u'\n')));
    recordOutcome(d, outcome, signNow(u"tester"_s));
    for (const ItemResult &r : runChecks(context, d, {}, cancel, {}))
        applyResult(d, r, signNow(u"tester"_s));
    QVERIFY2(d.item(u"verify"_s)->isDone(), qPrintable(d.item(u"verify"_s)->error.english()));
    auto connection = test::connect(*target);
    QSqlQuery audit(connection->database());
    QVERIFY(audit.exec(u"SELECT detail FROM godwit_audit_log WHERE action = 'override'"_s) && audit.next());
    QVERIFY(audit.value(0).toString().contains(u"no staging server"_s));
}

void TestDeployment::reportsMatchGoldenFiles_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("golden");
    QTest::newRow("markdown") << int(ReportFormat::Markdown) << u"report.md"_s;
    QTest::newRow("html") << int(ReportFormat::Html) << u"report.html"_s;
}

void TestDeployment::reportsMatchGoldenFiles()
{
    QFETCH(int, format);
    QFETCH(QString, golden);
    const QString data = QStringLiteral(GODWIT_TEST_DATA "/deployment/");
    const DeploymentLoad load = loadDeployment(data + u"record.json"_s);
    QVERIFY2(load.deployment, qPrintable(load.error));
    const QString report = deploymentReport(*load.deployment, ReportFormat(format));
    const std::optional<QString> expected = test::golden(data + golden, report);
    QVERIFY2(expected, qPrintable(data + golden + u" is missing: run tests/regenerate-golden.sh"_s));
    QCOMPARE(report, *expected);
    // What a reviewer looks for is there.
    for (const QString &needle : {u"DROP COLUMN name"_s, u"drop column customers.name"_s, u"acknowledged by"_s,
                                  u"restore: sqlite3"_s})
        QVERIFY2(report.contains(needle), qPrintable(needle));
}

QTEST_GUILESS_MAIN(TestDeployment)
#include "tst_deployment.moc"
