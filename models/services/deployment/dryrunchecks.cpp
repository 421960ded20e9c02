// The checklist items a dry run answers: the staging dry run, and the reversible dry run on
// the target that feeds three items (reversibility, the estimate, the destructive review).
#include "checks_p.h"

#include "database/targetidentity.h"
#include "database/tablestats.h"
#include "lint/linter.h"
#include "workbench/lintrun.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time: checks.cpp's context.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(DeploymentChecks)
};

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

double upDuration(const DryRunReport &report)
{
    double ms = 0;
    for (const StepRun &s : report.up)
        ms += s.durationMs;
    return ms;
}

Message dryRunFailure(const DryRunJob &job)
{
    if (!job.error.isEmpty())
        return job.error;
    if (!job.report.error.isEmpty())
        return job.report.error;
    if (job.report.cancelled)
        return Text::msg("cancelled");
    for (const StepRun &s : job.report.up) {
        if (!s.ok)
            return s.error;
    }
    return Message::join(job.report.residueMessages, u"; "_s); // a down that fails is one of these
}

// The unsuppressed lint errors of the plan's up scripts, as `godwit-cli lint` finds them: the
// project's settings and, on MySQL/MariaDB, the target's server version. With a settings
// error, its failure and no findings.
LintRun lintErrors(const Workspace &workspace, const Plan &plan, Connection *target)
{
    QList<Migration> ups;
    for (const PlanStep &step : plan.steps) {
        if (step.direction == Direction::Up && step.migration.up)
            ups << step.migration;
    }
    LintRun run = lintWithSettings(workspace, ups, target);
    run.findings.removeIf([](const Finding &f) { return f.suppressed || f.severity != Severity::Error; });
    return run;
}

// "lint drop-column: drops column customers.name (migrations/000010_….up.sql:2)", in English.
QString lintChangeName(const Workspace &workspace, const Finding &f)
{
    return u"lint %1: %2 (%3:%4)"_s
        .arg(f.rule, f.message.english(), QDir(workspace.project.directory).relativeFilePath(f.location.file))
        .arg(f.location.line);
}

// The estimate item: the dry run's timings per step and the sizes of the tables it touched.
ItemResult estimateItem(ItemResult r, const DeploymentContext &context, const DryRunJob &job,
                        const std::function<Connection *()> &target)
{
    EstimateEvidence evidence;
    for (const StepRun &s : job.report.up)
        evidence.steps << EstimateEvidence::Step{s.step.migration.displayVersion(), qRound64(s.durationMs)};
    QList<Message> largest;
    // A schema copy has no rows: its report carries the target's catalog estimates.
    const bool carried = !job.report.rowEstimates.isEmpty();
    const QList<TableStats> sizes = carried  ? carriedSizes(job.report.rowEstimates, touchedTables(job.report))
                                    : target() ? tableSizes(*target(), touchedTables(job.report))
                                               : QList<TableStats>();
    for (const TableStats &t : sizes) {
        evidence.tables << EstimateEvidence::Table{t.name, t.rows, t.source};
        if (largest.size() < 3)
            largest << (t.rows < 0 ? Text::msg("%1 (rows unknown)").arg(t.name)
                                   : Text::msg("%1 %2 row(s)", nullptr, pluralCount(t.rows))
                                         .arg(t.name, QLocale::c().toString(t.rows)));
    }
    const double ms = upDuration(job.report);
    r.state = ItemState::Done;
    evidence.durationMs = qRound64(ms);
    evidence.basis =
        Text::msg("dry run (%1) on %2").arg(dryRunMethodId(job.report.method), context.workspace.target.display()).english();
    r.evidence = evidence;
    r.summary = (carried ? Text::msg("about %1 on a schema copy without rows (the live tables take longer); "
                                    "largest tables touched: %2")
                         : Text::msg("about %1 (from the dry run's timings); largest tables touched: %2"))
                    .arg(durationMessage(qRound64(ms)))
                    .arg(largest.isEmpty() ? Text::msg("none with rows") : Message::join(largest, u", "_s));
    return r;
}

} // namespace

namespace detail {

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
    r.evidence = StagingEvidence{staging,
                                 job.report.plan,
                                 dryRunMethodId(job.report.method),
                                 int(job.report.up.size()),
                                 qRound64(upDuration(job.report)),
                                 evidenceChanges(job.report.diff)};
    if (const Message failure = dryRunFailure(job); !failure.isEmpty()) {
        r.error = r.summary = Text::msg("dry run on %1 failed: %2").arg(staging, failure);
        return r;
    }
    if (job.report.plan != deployment.plan) {
        QStringList steps;
        for (const PlanStep &s : job.plan.steps)
            steps << s.migration.displayVersion();
        r.error = r.summary = Text::msg("%1 plans other steps or other scripts (%2, plan %3) than this deployment (plan %4): "
                                 "bring staging to this deployment's starting revision %5 first")
                                  .arg(staging, steps.isEmpty() ? Text::msg("nothing") : Message(steps.join(u", "_s)),
                                       job.report.plan, deployment.plan,
                                       deployment.from.isEmpty() ? Text::msg("(none)") : Message(deployment.from));
        return r;
    }
    r.state = ItemState::Done;
    r.summary = Text::msg("passed on %1 (%2): %n step(s) in %3, plan %4 matches", nullptr, int(job.report.up.size()))
                    .arg(staging, dryRunMethodId(job.report.method))
                    .arg(durationMessage(qRound64(upDuration(job.report))))
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
    const Message failure = dryRunFailure(job);
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
            r.error = r.summary = Text::msg("the plan changed while the dry run ran (%1, bound %2): run the checks again")
                                      .arg(job.report.plan, deployment.plan);
            results << r;
            continue;
        }
        switch (item->def.check) {
        case CheckKind::Reversibility:
            r.evidence = ReversibilityEvidence{dryRunMethodId(job.report.method),
                                               englishTexts(job.report.residueMessages), int(job.report.down.size())};
            if (!failure.isEmpty()) {
                r.error = r.summary = failure;
            } else {
                r.state = ItemState::Done;
                r.summary = Text::msg("up, down and up again for each of %n migration(s), on a %1 dry run: each down "
                                      "restores the schema and rows from before its up",
                                      nullptr, int(job.report.roundTrips.size()))
                                .arg(dryRunMethodId(job.report.method));
            }
            break;
        case CheckKind::Estimate:
            if (upsRan)
                r = estimateItem(r, context, job, target);
            else
                r.error = r.summary = failure;
            break;
        case CheckKind::DestructiveReview: {
            if (!upsRan) {
                r.error = r.summary = failure;
                break;
            }
            QList<EvidenceChange> destructive = evidenceChanges(job.report.diff, SchemaChange::Class::Destructive);
            // Each lint error of the plan's scripts is acknowledged by name as well.
            const LintRun lint = lintErrors(context.workspace, job.plan, target());
            if (lint.failure != LintFailure::None) {
                r.error = r.summary = Message(lint.error);
                break;
            }
            const QList<Finding> &errors = lint.findings;
            for (const Finding &f : errors)
                destructive << EvidenceChange{u"lint"_s, lintChangeName(context.workspace, f)};
            r.evidence = ReviewEvidence{destructive, evidenceChanges(job.report.diff, SchemaChange::Class::Rewriting), {}};
            if (destructive.isEmpty()) {
                r.state = ItemState::Done;
                r.summary = Text::msg("the dry run destroys nothing; no lint errors");
            } else {
                r.state = ItemState::Open;
                r.summary = Text::msg("to acknowledge: %1, %2")
                                .arg(Text::msg("%n destructive change(s)", nullptr, int(destructive.size() - errors.size())),
                                     Text::msg("%n lint error(s)", nullptr, int(errors.size())));
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

} // namespace detail

} // namespace godwit
