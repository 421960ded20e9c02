// The checklist items a dry run answers: the staging dry run, and the reversible dry run on
// the target that feeds three items (reversibility, the estimate, the destructive review).
#include "checks_p.h"

#include "database/locktrace.h"
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

// The estimate item: the dry run's timings scaled to the target's rows (RunEstimate), the
// longest statements with what they hold.
ItemResult estimateItem(ItemResult r, const DeploymentContext &context, const DryRunJob &job)
{
    EstimateEvidence evidence;
    for (const StepRun &s : job.report.up)
        evidence.steps << EstimateEvidence::Step{s.step.migration.displayVersion(), qRound64(s.durationMs)};
    const RunEstimate &estimate = job.report.estimate;
    for (const TableStats &t : estimate.tables)
        evidence.tables << EstimateEvidence::Table{t.name, t.rows, t.source};
    const QList<Message> longest = estimate.longest(3);
    for (const Message &m : longest)
        evidence.longest << m.english();
    r.state = ItemState::Done;
    evidence.durationMs = qRound64(estimate.isEmpty() ? upDuration(job.report) : estimate.totalMs);
    evidence.basis =
        Text::msg("dry run (%1) on %2").arg(dryRunMethodId(job.report.method), context.workspace.target.display()).english();
    r.evidence = evidence;
    r.summary = longest.isEmpty() ? Text::msg("%1; no statement works on a table with rows").arg(estimate.summary())
                                  : Text::msg("%1; longest: %2").arg(estimate.summary(), longest.constFirst());
    return r;
}

// What each statement of the up steps was measured to take, in English, for the record.
QStringList measuredLines(Dialect dialect, const DryRunReport &report)
{
    QStringList lines;
    for (const StepRun &step : report.up) {
        for (qsizetype i = 0; i < step.statements.size(); ++i) {
            const StatementRun &s = step.statements.at(i);
            for (const Measured &m : measured(dialect, step, i))
                lines << statementLine(step.step.migration.displayVersion(), s.index, s.location, m.words).english();
        }
    }
    return lines;
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
                                 evidenceChanges(job.report.diff),
                                 measuredLines(context.staging->target.dialect, job.report)};
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
    // One cause is said once: the first item it fails carries it, the others point there.
    QString causeAt;
    const auto fail = [&](ItemResult &r, const Message &cause) {
        if (causeAt.isEmpty()) {
            causeAt = r.id;
            r.error = r.summary = cause;
        } else {
            r.error = r.summary = Text::msg("not checked: the same dry run failed, see %1").arg(causeAt);
        }
    };
    for (const QString &id : ids) {
        const ChecklistItem *item = deployment.item(id);
        ItemResult r{id};
        if (job.report.plan != deployment.plan && job.error.isEmpty()) {
            fail(r, Text::msg("the plan changed while the dry run ran (%1, bound %2): run the checks again")
                        .arg(job.report.plan, deployment.plan));
            results << r;
            continue;
        }
        switch (item->def.check) {
        case CheckKind::Reversibility:
            r.evidence = ReversibilityEvidence{dryRunMethodId(job.report.method),
                                               englishTexts(job.report.residueMessages), int(job.report.down.size())};
            if (!failure.isEmpty()) {
                fail(r, failure);
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
                r = estimateItem(r, context, job);
            else
                fail(r, failure);
            break;
        case CheckKind::DestructiveReview: {
            if (!upsRan) {
                fail(r, failure);
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
