// The automatic items of a deployment's checklist, run on a worker (those a dry run answers
// are in dryrunchecks.cpp), the plan a deployment binds, rollback notes, and the
// deployment's run.
#include "checks_p.h"
#include "deploymentedits.h"

#include "database/backup.h"
#include "database/historystore.h"
#include "workbench/driftcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace godwit {

namespace detail {

PlanRequest requestTo(const QString &to)
{
    PlanRequest request;
    if (!to.isEmpty())
        request.to = to;
    return request;
}

QList<EvidenceChange> evidenceChanges(const SchemaDiff &diff, std::optional<SchemaChange::Class> only)
{
    QList<EvidenceChange> list;
    for (const SchemaChange &c : diff.changes) {
        if (!only || c.changeClass == *only)
            list << EvidenceChange{changeClassId(c.changeClass), c.description().english()};
    }
    return list;
}

} // namespace detail

using namespace detail;

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(DeploymentChecks)
};

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
    r.evidence = BackupEvidence{file,         b.size,           b.sha256,          qRound64(b.durationMs), b.tool,
                                b.toolVersion, b.restoreCommand, b.restoreInput, b.restoreCommandLine};
    r.summary = Text::msg("%1, %2, SHA-256 %3…, %4 with %5; restore: %6")
                    .arg(file, QLocale::c().formattedDataSize(b.size), b.sha256.left(12))
                    .arg(durationMessage(qRound64(b.durationMs)))
                    .arg(b.tool, b.restoreCommandLine);
    return r;
}

ItemResult rollbackItem(const Deployment &deployment, const QString &id)
{
    ItemResult r{id};
    RollbackEvidence evidence;
    QStringList missing;
    int downs = 0;
    int notes = 0;
    for (const DeploymentStep &s : deployment.steps) {
        RollbackEvidence::Step step{s.version, u"none"_s, s.rollbackNote, {}};
        if (s.direction == u"down")
            step.way = u"up-again"_s;
        else if (s.hasDown)
            step.way = u"down-script"_s;
        else if (!s.rollbackNote.isEmpty())
            step.way = u"manual"_s;
        if (step.way == u"none")
            missing << s.version;
        else if (step.way == u"manual")
            ++notes;
        else
            ++downs;
        step.rollback = rollbackWay(step).english();
        evidence.steps << step;
    }
    r.evidence = evidence;
    if (!missing.isEmpty()) {
        r.error = r.summary = Text::msg("no down script and no rollback note for %1").arg(missing.join(u", "_s));
        return r;
    }
    r.state = ItemState::Done;
    r.summary = Text::msg("%n step(s): %1 with a down script, %2 with a written rollback", nullptr,
                          int(deployment.steps.size()))
                    .arg(downs)
                    .arg(notes);
    return r;
}

ItemResult verifyItem(const DeploymentContext &context, const QString &id, CancelToken &cancel,
                      const JobProgress &progress)
{
    ItemResult r{id};
    const StatusJob status = readStatusJob(context.workspace, false);
    Message error = status.error;
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
    const DriftCheck check = checkDrift(*connection, status.status, cancel, progress, context.workspace.project.adopt);
    const DriftReport &drift = check.report;
    r.evidence = VerifyEvidence{evidenceChanges(drift.drift), currentVersion(status.status)};
    if (!check.error.isEmpty() || check.cancelled) {
        r.error = r.summary = check.cancelled ? Text::msg("cancelled") : Message(check.error);
        return r;
    }
    if (!check.modified.isEmpty()) {
        r.error = r.summary = Text::msg("applied scripts changed since they ran: %1")
                                  .arg(Message::join(modifiedMigrations(status.status), u", "_s));
        return r;
    }
    if (!drift.drift.isEmpty()) {
        r.error = r.summary = Text::msg("%1 differs from the schema its history implies: %n change(s)", nullptr,
                                        int(drift.drift.changes.size()))
                                  .arg(context.workspace.target.display());
        return r;
    }
    r.state = ItemState::Done;
    r.summary = Text::msg("%1 at revision %2 matches the schema its applied history implies")
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
        return PlanBinding{{}, {}, {}, status.error.text()};
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
                                  Text::msg("deployment %1 has run: only its after-items can be checked").arg(deployment.id)};
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
    outcome.error = job.error.isEmpty() ? job.report.error.english() : job.error.english();
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
        QString why = open.error.text();
        if (open.connection) {
            const std::unique_ptr<HistoryStore> store = historyStoreFor(*open.connection);
            if (store->tableExists() && store->appendAudit(entry))
                why.clear();
            else
                why = store->lastError().isEmpty() ? Text::tr("Godwit's tables are not there") : store->lastError();
        }
        if (!why.isEmpty() && log)
            *log << Text::tr("the override could not be written to the audit log: %1").arg(why);
    }
    return outcome;
}

} // namespace godwit
