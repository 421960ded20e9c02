#include "checks.h"
#include "deploymentedits.h"

#include "database/backup.h"

#include "database/historystore.h"
#include "database/targetidentity.h"
#include "database/tablestats.h"
#include "lint/linter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(DeploymentChecks)
};

PlanRequest requestTo(const QString &to)
{
    PlanRequest request;
    if (!to.isEmpty())
        request.to = to;
    return request;
}

// Row counts of the tables a plan touches, largest first.
QList<TableStats> tableSizes(Connection &connection, const QStringList &tables)
{
    QList<TableStats> sizes;
    for (const QString &table : tables) {
        if (auto stats = tableStats(connection, table))
            sizes << *stats;
    }
    std::stable_sort(sizes.begin(), sizes.end(), [](const TableStats &a, const TableStats &b) { return a.rows > b.rows; });
    return sizes;
}

// The same from the estimates a schema copy carried over from the target.
QList<TableStats> carriedSizes(const QList<TableStats> &estimates, const QStringList &tables)
{
    QList<TableStats> sizes;
    for (const TableStats &t : estimates) { // largest first already
        if (tables.contains(t.name))
            sizes << t;
    }
    return sizes;
}

// The tables a plan touches that hold rows already (those in the snapshot before): the
// owners of its schema changes, and the tables its statements name after UPDATE, INTO,
// FROM, TABLE, ON or JOIN (a backfill changes no schema but locks and rewrites rows).
QStringList touchedTables(const DryRunReport &report)
{
    if (!report.before)
        return {};
    QStringList existing;
    for (const Table &t : report.before->tables)
        existing << t.name;
    QStringList tables;
    const auto add = [&](const QString &name) {
        const auto it = std::find_if(existing.cbegin(), existing.cend(),
                                     [&](const QString &t) { return t.compare(name, Qt::CaseInsensitive) == 0; });
        if (it != existing.cend() && !tables.contains(*it))
            tables << *it;
    };
    for (const SchemaChange &c : report.diff.changes)
        add(c.objectKind == u"table" ? c.name : c.table);
    static const QRegularExpression named(
        uR"(\b(?:UPDATE|INTO|FROM|TABLE|ON|JOIN)\s+(?:ONLY\s+|IF\s+EXISTS\s+)*[`"]?(?:\w+[`"]?\.[`"]?)?(\w+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (const StepRun &step : report.up) {
        for (const StatementRun &s : step.statements) {
            for (auto it = named.globalMatch(s.sql); it.hasNext();)
                add(it.next().captured(1));
        }
    }
    return tables;
}

QJsonArray changesJson(const SchemaDiff &diff, std::optional<SchemaChange::Class> only = std::nullopt)
{
    QJsonArray list;
    for (const SchemaChange &c : diff.changes) {
        if (!only || c.changeClass == *only)
            list.append(QJsonObject{{u"class"_s, changeClassId(c.changeClass)}, {u"change"_s, c.description().english()}});
    }
    return list;
}

double upDuration(const DryRunReport &report)
{
    double ms = 0;
    for (const StepRun &s : report.up)
        ms += s.durationMs;
    return ms;
}

QString dryRunFailure(const DryRunJob &job)
{
    if (!job.error.isEmpty() || !job.report.error.isEmpty())
        return !job.error.isEmpty() ? job.error : job.report.error;
    if (job.report.cancelled)
        return Text::tr("cancelled");
    for (const StepRun &s : job.report.up + job.report.down) {
        if (!s.ok)
            return s.error;
    }
    return englishTexts(job.report.residueMessages).join(u"; "_s);
}

// The unsuppressed lint errors of the plan's up scripts, with the project's settings and,
// on MySQL/MariaDB, the target's server version.
QList<Finding> lintErrors(const Workspace &workspace, const Plan &plan, Connection *target)
{
    QList<Finding> errors;
    const LintConfigLoad config = lintConfig(workspace.project, target);
    for (const PlanStep &step : plan.steps) {
        if (step.direction != Direction::Up || !step.migration.up || !config.config)
            continue;
        for (const Finding &f : lintScript(*step.migration.up, workspace.target.dialect, *config.config).findings) {
            if (!f.suppressed && f.severity == Severity::Error)
                errors << f;
        }
    }
    return errors;
}

// "lint drop-column: drops column customers.name (migrations/000010_….up.sql:2)", in English.
QString lintChangeName(const Workspace &workspace, const Finding &f)
{
    return u"lint %1: %2 (%3:%4)"_s
        .arg(f.rule, f.message.english(), QDir(workspace.project.directory).relativeFilePath(f.location.file))
        .arg(f.location.line);
}

ItemResult backupItem(const DeploymentContext &context, const QString &id, CancelToken &cancel)
{
    ItemResult r{id};
    const Workspace &w = context.workspace;
    const Backup b = takeBackup(w.target, w.connect, backupsDirectory(w.project.directory), cancel.flag());
    if (!b.ok()) {
        r.error = r.summary = b.error;
        return r;
    }
    const QString file = QDir(w.project.directory).relativeFilePath(b.file);
    r.state = ItemState::Done;
    r.evidence = {{u"file"_s, file},
                  {u"size"_s, double(b.size)},
                  {u"sha256"_s, b.sha256},
                  {u"durationMs"_s, qRound(b.durationMs)},
                  {u"tool"_s, b.tool},
                  {u"toolVersion"_s, b.toolVersion},
                  {u"restoreCommand"_s, QJsonArray::fromStringList(b.restoreCommand)},
                  {u"restoreInput"_s, b.restoreInput},
                  {u"restoreCommandLine"_s, b.restoreCommandLine}};
    r.summary = Text::tr("%1, %2, SHA-256 %3…, %4 ms with %5; restore: %6")
                    .arg(file, QLocale::c().formattedDataSize(b.size), b.sha256.left(12))
                    .arg(qRound(b.durationMs))
                    .arg(b.tool, b.restoreCommandLine);
    return r;
}

ItemResult stagingItem(const DeploymentContext &context, const Deployment &deployment, const QString &id,
                       CancelToken &cancel, const JobProgress &progress)
{
    ItemResult r{id};
    if (!context.staging) {
        r.error = r.summary = context.stagingError;
        return r;
    }
    if (sameDatabase(context.staging->target, context.workspace.target)) {
        r.error = r.summary = rehearsalOnProductionError(context.staging->target, context.workspace.target.profileName,
                                                         context.workspace.target);
        return r;
    }
    const DryRunJob job = runDryRunJob(*context.staging, requestTo(deployment.to), DryRunMethod::Auto, false, cancel,
                                       progress);
    const QString staging = context.staging->target.display();
    r.evidence = {{u"profile"_s, context.staging->target.display()},
                  {u"plan"_s, job.report.plan},
                  {u"method"_s, dryRunMethodId(job.report.method)},
                  {u"steps"_s, int(job.report.up.size())},
                  {u"durationMs"_s, qRound(upDuration(job.report))},
                  {u"changes"_s, changesJson(job.report.diff)}};
    if (const QString failure = dryRunFailure(job); !failure.isEmpty()) {
        r.error = r.summary = Text::tr("dry run on %1 failed: %2").arg(staging, failure);
        return r;
    }
    if (job.report.plan != deployment.plan) {
        QStringList steps;
        for (const PlanStep &s : job.plan.steps)
            steps << s.migration.displayVersion();
        r.error = r.summary = Text::tr("%1 plans other steps or other scripts (%2, plan %3) than this deployment (plan %4): "
                                 "bring staging to this deployment's starting revision %5 first")
                                  .arg(staging, steps.isEmpty() ? Text::tr("nothing") : steps.join(u", "_s),
                                       job.report.plan, deployment.plan,
                                       deployment.from.isEmpty() ? Text::tr("(none)") : deployment.from);
        return r;
    }
    r.state = ItemState::Done;
    r.summary = Text::tr("passed on %1 (%2): %3 steps in %4 ms, plan %5 matches")
                    .arg(staging, dryRunMethodId(job.report.method))
                    .arg(job.report.up.size())
                    .arg(qRound(upDuration(job.report)))
                    .arg(job.report.plan);
    return r;
}

// One reversible dry run on the target feeds three items.
QList<ItemResult> targetDryRunItems(const DeploymentContext &context, const Deployment &deployment,
                                    const QStringList &ids, CancelToken &cancel, const JobProgress &progress)
{
    QList<ItemResult> results;
    const DryRunJob job =
        runDryRunJob(context.workspace, requestTo(deployment.to), DryRunMethod::Auto, true, cancel, progress);
    const QString failure = dryRunFailure(job);
    const bool upsRan = job.error.isEmpty() && job.report.error.isEmpty() && job.report.stepsOk();
    // A read-only connection to the target, opened when an item first needs one.
    std::unique_ptr<Connection> connection;
    const auto target = [&]() -> Connection * {
        if (!connection)
            connection =
                Connection::open(context.workspace.target, Connection::Mode::ReadOnly, context.workspace.connect).connection;
        return connection.get();
    };
    for (const QString &id : ids) {
        const ChecklistItem *item = deployment.item(id);
        ItemResult r{id};
        if (job.report.plan != deployment.plan && job.error.isEmpty()) {
            r.error = r.summary = Text::tr("the plan changed while the dry run ran (%1, bound %2): run the checks again")
                                      .arg(job.report.plan, deployment.plan);
            results << r;
            continue;
        }
        switch (item->def.check) {
        case CheckKind::Reversibility:
            r.evidence = {{u"method"_s, dryRunMethodId(job.report.method)},
                          {u"residue"_s, QJsonArray::fromStringList(englishTexts(job.report.residueMessages))},
                          {u"downSteps"_s, int(job.report.down.size())}};
            if (!failure.isEmpty()) {
                r.error = r.summary = failure;
            } else {
                r.state = ItemState::Done;
                r.summary = Text::tr("up, then %1 downs, on a %2 dry run: the schema is as it was")
                                .arg(job.report.down.size())
                                .arg(dryRunMethodId(job.report.method));
            }
            break;
        case CheckKind::Estimate: {
            if (!upsRan) {
                r.error = r.summary = failure;
                break;
            }
            QJsonArray perStep;
            for (const StepRun &s : job.report.up)
                perStep.append(QJsonObject{{u"version"_s, s.step.migration.displayVersion()},
                                           {u"durationMs"_s, qRound(s.durationMs)}});
            QJsonArray tables;
            QStringList largest;
            // A schema copy has no rows: its report carries the target's catalog estimates.
            const bool carried = !job.report.rowEstimates.isEmpty();
            const QList<TableStats> sizes = carried  ? carriedSizes(job.report.rowEstimates, touchedTables(job.report))
                                            : target() ? tableSizes(*target(), touchedTables(job.report))
                                                       : QList<TableStats>();
            for (const TableStats &t : sizes) {
                tables.append(QJsonObject{{u"table"_s, t.name}, {u"rows"_s, double(t.rows)}, {u"source"_s, t.source}});
                if (largest.size() < 3)
                    largest << (t.rows < 0 ? Text::tr("%1 (rows unknown)").arg(t.name)
                                           : Text::tr("%1 %2 rows").arg(t.name, QLocale::c().toString(t.rows)));
            }
            const double ms = upDuration(job.report);
            r.state = ItemState::Done;
            r.evidence = {{u"durationMs"_s, qRound(ms)},
                          {u"basis"_s, Text::tr("dry run (%1) on %2").arg(dryRunMethodId(job.report.method),
                                                                     context.workspace.target.display())},
                          {u"steps"_s, perStep},
                          {u"tables"_s, tables}};
            r.summary = (carried ? Text::tr("about %1 ms on a schema copy without rows (the live tables take longer); "
                                            "largest tables touched: %2")
                                 : Text::tr("about %1 ms (from the dry run's timings); largest tables touched: %2"))
                            .arg(qRound(ms))
                            .arg(largest.isEmpty() ? Text::tr("none with rows") : largest.join(u", "_s));
            break;
        }
        case CheckKind::DestructiveReview: {
            if (!upsRan) {
                r.error = r.summary = failure;
                break;
            }
            QJsonArray destructive = changesJson(job.report.diff, SchemaChange::Class::Destructive);
            // Each lint error of the plan's scripts is acknowledged by name as well.
            const QList<Finding> errors = lintErrors(
                context.workspace, job.plan, context.workspace.target.dialect == Dialect::MySQL ? target() : nullptr);
            for (const Finding &f : errors)
                destructive.append(QJsonObject{{u"class"_s, u"lint"_s}, {u"change"_s, lintChangeName(context.workspace, f)}});
            r.evidence = {{u"destructive"_s, destructive},
                          {u"rewriting"_s, changesJson(job.report.diff, SchemaChange::Class::Rewriting)},
                          {u"acknowledged"_s, QJsonArray()}};
            if (destructive.isEmpty()) {
                r.state = ItemState::Done;
                r.summary = Text::tr("the dry run destroys nothing; no lint errors");
            } else {
                r.state = ItemState::Open;
                r.summary = Text::tr("to acknowledge: %1 destructive changes, %2 lint errors")
                                .arg(destructive.size() - errors.size())
                                .arg(errors.size());
            }
            break;
        }
        default:
            break;
        }
        results << r;
    }
    return results;
}

ItemResult rollbackItem(const Deployment &deployment, const QString &id)
{
    ItemResult r{id};
    QJsonArray steps;
    QStringList missing;
    int downs = 0;
    int notes = 0;
    for (const DeploymentStep &s : deployment.steps) {
        QString way;
        if (s.direction == u"down")
            way = Text::tr("apply the up script again");
        else if (s.hasDown)
            way = Text::tr("down script");
        else if (!s.rollbackNote.isEmpty())
            way = Text::tr("manual: %1").arg(s.rollbackNote);
        if (way.isEmpty())
            missing << s.version;
        else if (s.hasDown || s.direction == u"down")
            ++downs;
        else
            ++notes;
        steps.append(QJsonObject{{u"version"_s, s.version}, {u"rollback"_s, way.isEmpty() ? Text::tr("none") : way}});
    }
    r.evidence = {{u"steps"_s, steps}};
    if (!missing.isEmpty()) {
        r.error = r.summary = Text::tr("no down script and no rollback note for %1").arg(missing.join(u", "_s));
        return r;
    }
    r.state = ItemState::Done;
    r.summary = Text::tr("%1 steps: %2 with a down script, %3 with a written rollback")
                    .arg(deployment.steps.size())
                    .arg(downs)
                    .arg(notes);
    return r;
}

ItemResult verifyItem(const DeploymentContext &context, const QString &id, CancelToken &cancel,
                      const JobProgress &progress)
{
    ItemResult r{id};
    const StatusJob status = readStatusJob(context.workspace, false);
    QString error = status.error;
    const QList<Migration> applied = error.isEmpty() ? appliedMigrations(status.status, &error) : QList<Migration>();
    std::unique_ptr<Connection> connection;
    if (error.isEmpty()) {
        auto open = Connection::open(context.workspace.target, Connection::Mode::ReadOnly, context.workspace.connect);
        connection = std::move(open.connection);
        error = open.error;
    }
    if (!connection) {
        r.error = r.summary = error;
        return r;
    }
    DryRun dryRun(*connection);
    cancel.setInterrupt([&dryRun] { dryRun.interrupt(); });
    const DriftReport drift = dryRun.drift(applied, cancel.flag(), [&](const QString &what) {
        if (progress)
            progress(0, 0, what);
    });
    cancel.setInterrupt({});
    r.evidence = {{u"drift"_s, changesJson(drift.drift)}, {u"revision"_s, currentVersion(status.status)}};
    if (!drift.error.isEmpty() || drift.cancelled) {
        r.error = r.summary = drift.cancelled ? Text::tr("cancelled") : drift.error;
        return r;
    }
    if (!drift.drift.isEmpty()) {
        r.error = r.summary = Text::tr("%1 differs from the schema its history implies: %2 changes")
                                  .arg(context.workspace.target.display())
                                  .arg(drift.drift.changes.size());
        return r;
    }
    r.state = ItemState::Done;
    r.summary = Text::tr("%1 at revision %2 matches the schema its applied history implies")
                    .arg(context.workspace.target.display(), currentVersion(status.status));
    return r;
}

QString stepOutcomeId(StepResult::Outcome outcome)
{
    switch (outcome) {
    case StepResult::Outcome::Done:
        return u"done"_s;
    case StepResult::Outcome::Skipped:
        return u"skipped"_s;
    case StepResult::Outcome::Failed:
        return u"failed"_s;
    case StepResult::Outcome::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

} // namespace

DeploymentContext deploymentContext(const Workspace &workspace, const ChecklistTemplate &checklist,
                                    const QString &signer)
{
    DeploymentContext context;
    context.workspace = workspace;
    context.signer = signer;
    context.stagingProfile = stagingProfileOf(workspace.project, checklist, &context.stagingError);
    if (const Profile *profile = workspace.project.profile(context.stagingProfile)) {
        const ConnectionSpecParse spec = connectionFromProfile(*profile, workspace.project.directory);
        if (spec.spec) {
            ConnectOptions connect = workspace.connect;
            connect.password.clear();
            context.staging = Workspace{workspace.project, *spec.spec, connect};
        } else {
            context.stagingError = spec.error;
        }
    }
    return context;
}

PlanBinding bindPlan(const Workspace &workspace, const QString &to)
{
    const StatusJob status = readStatusJob(workspace, false);
    if (!status.error.isEmpty())
        return PlanBinding{{}, {}, {}, status.error};
    return bindPlan(status.source, status.status, to, workspace.project.directory);
}

PlanBinding bindPlan(const MigrationSource &source, const QList<StatusEntry> &status, const QString &to,
                     const QString &projectDir)
{
    PlanBinding binding;
    binding.error = folderErrors(source).text();
    if (!binding.error.isEmpty())
        return binding;
    PlanRequest request = requestTo(to);
    chooseDirection(request, status);
    const Plan plan = makePlan(source, status, request);
    if (!plan.ok()) {
        binding.error = plan.error.text();
        return binding;
    }
    binding.from = currentVersion(status);
    binding.steps = deploymentSteps(plan, projectDir);
    binding.plan = planFingerprint(plan);
    return binding;
}

QList<ItemResult> runChecks(const DeploymentContext &context, const Deployment &deployment, QStringList ids,
                            CancelToken &cancel, const JobProgress &progress)
{
    // Before the run, the before-items; after it, the after-items (verify).
    const ChecklistSection phase = deployment.outcome ? ChecklistSection::After : ChecklistSection::Before;
    if (ids.isEmpty()) {
        for (const ChecklistItem &i : deployment.items) {
            if (i.def.section == phase && i.def.check != CheckKind::Manual && !i.isDone())
                ids << i.def.id;
        }
    }
    QList<ItemResult> results;
    QStringList fromDryRun;
    const int total = int(ids.size());
    int done = 0;
    for (const QString &id : std::as_const(ids)) {
        const ChecklistItem *item = deployment.item(id);
        if (!item || cancel.isCancelled())
            continue;
        if (deployment.outcome && item->def.section != ChecklistSection::After) {
            results << ItemResult{id, ItemState::Failed, {}, {},
                                  Text::tr("deployment %1 has run: only its after-items can be checked").arg(deployment.id)};
            results.last().summary = item->summary;
            continue;
        }
        if (progress)
            progress(done++, total, Text::tr("checking: %1").arg(item->def.title.text()));
        switch (item->def.check) {
        case CheckKind::Backup:
            results << backupItem(context, id, cancel);
            break;
        case CheckKind::StagingDryRun:
            results << stagingItem(context, deployment, id, cancel, {});
            break;
        case CheckKind::Reversibility:
        case CheckKind::Estimate:
        case CheckKind::DestructiveReview:
            fromDryRun << id;
            break;
        case CheckKind::Rollback:
            results << rollbackItem(deployment, id);
            break;
        case CheckKind::Verify:
            results << verifyItem(context, id, cancel, {});
            break;
        case CheckKind::Manual:
        case CheckKind::Apply:
            break;
        }
    }
    if (!fromDryRun.isEmpty() && !cancel.isCancelled()) {
        if (progress)
            progress(done, total, Text::tr("dry run with the downs on %1").arg(context.workspace.target.display()));
        results << targetDryRunItems(context, deployment, fromDryRun, cancel, {});
    }
    return results;
}


QString setRollbackNote(Deployment &deployment, const QString &version, const QString &note, const Signoff &by)
{
    if (deployment.isClosed() || deployment.outcome)
        return Text::tr("deployment %1 has run: its record is read-only").arg(deployment.id);
    const auto step = std::find_if(deployment.steps.begin(), deployment.steps.end(),
                                   [&](const DeploymentStep &s) { return s.version == version || s.key == version; });
    if (step == deployment.steps.end())
        return Text::tr("no step %1 in deployment %2").arg(version, deployment.id);
    step->rollbackNote = note.trimmed();
    for (const ChecklistItem &i : std::as_const(deployment.items)) {
        if (i.def.check == CheckKind::Rollback) {
            applyResult(deployment, rollbackItem(deployment, i.def.id), by);
            break;
        }
    }
    return {};
}

DeploymentOutcome runDeploymentApply(const DeploymentContext &context, const Deployment &deployment,
                                     CancelToken &cancel, const JobProgress &progress, QStringList *log,
                                     const std::optional<AuditEntry> &passage)
{
    DeploymentOutcome outcome;
    outcome.started = signNow({}).at;
    const ApplyJob job =
        runApplyJob(context.workspace, requestTo(deployment.to), cancel, progress, deployment.plan, passage);
    outcome.finished = signNow({}).at;
    outcome.error = job.error.isEmpty() ? job.report.error.english() : job.error;
    outcome.ok = outcome.error.isEmpty() && job.report.ok && !job.report.steps.isEmpty();
    if (outcome.error.isEmpty() && job.report.steps.isEmpty())
        outcome.error = Text::tr("nothing to apply");
    for (const StepResult &s : job.report.steps) {
        outcome.steps << StepOutcome{s.step.migration.displayVersion(),
                                     s.step.direction == Direction::Up ? u"up"_s : u"down"_s,
                                     stepOutcomeId(s.outcome),
                                     s.durationMs,
                                     s.message.english(),
                                     s.failedStatement > 0 ? s.location.toString() : QString()};
        if (s.outcome != StepResult::Outcome::Done && outcome.error.isEmpty())
            outcome.error = s.message.english();
    }
    if (log)
        *log = job.log;
    if (const auto &o = deployment.gateOverride; o && o->plan == deployment.plan && !o->missing.isEmpty()) {
        AuditEntry entry{u"override"_s, deployment.targetVersion(),
                         Text::msg("deployment %1 applied without: %2").arg(deployment.id, o->missing.join(u", "_s)).english(),
                         deployment.plan, outcome.ok ? u"ok"_s : u"failed"_s,
                         Text::msg("by %1: %2").arg(o->signoff.by, o->signoff.note).english()};
        auto open = Connection::open(context.workspace.target, Connection::Mode::ReadWrite, context.workspace.connect);
        QString why = open.error;
        if (open.connection) {
            HistoryStore store(*open.connection);
            if (store.tableExists() && store.appendAudit(entry))
                why.clear();
            else
                why = store.lastError().isEmpty() ? Text::tr("Godwit's tables are not there") : store.lastError();
        }
        if (!why.isEmpty() && log)
            *log << Text::tr("the override could not be written to the audit log: %1").arg(why);
    }
    return outcome;
}


} // namespace godwit
