#include "reversibility.h"

#include "lint/rules.h"

#include <QCoreApplication>

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Lint)
};

Finding finding(const QString &ruleId, const Migration &m, const Message &message)
{
    const LintRule *rule = lintRule(ruleId);
    const std::optional<Script> &script = m.down ? m.down : m.up;
    Finding f;
    f.rule = ruleId;
    f.severity = rule->severity;
    f.why = rule->why;
    f.recipe = rule->recipe;
    f.location = {script ? script->path : QString(), script ? script->firstLine : 1, 1};
    f.message = message;
    return f;
}

} // namespace

QList<Finding> reversibilityFindings(const Workspace &workspace, CancelToken &cancel, const JobProgress &progress)
{
    QList<Finding> findings;
    const StatusJob status = readStatusJob(workspace, false);
    if (!status.error.isEmpty())
        return findings;
    QList<Migration> pending;
    for (const StatusEntry &e : status.status) {
        if (e.state == MigrationState::Pending && e.kind() == MigrationKind::Versioned && e.migration)
            pending << *e.migration;
    }
    if (pending.isEmpty())
        return findings;
    // One dry run of the whole pending plan, each migration with its round trip.
    const DryRunJob job = runDryRunJob(workspace, PlanRequest{Direction::Up, pending.constLast().version.text(), {}, false},
                                       DryRunMethod::Auto, true, cancel, progress);
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < pending.size(); ++i)
        index.insert(pending.at(i).displayVersion(), i);
    for (const RoundTrip &trip : job.report.roundTrips) {
        const qsizetype at = index.value(trip.version, -1);
        if (at < 0 || !trip.hasDown)
            continue; // missing-down says so
        const Migration &m = pending.at(at);
        for (const Message &residue : trip.messages)
            findings << finding(u"down-does-not-undo-up"_s, m, Text::msg("%1 %2: %3").arg(m.displayVersion(), m.description, residue));
    }
    const bool checked = !job.report.roundTrips.isEmpty() && job.report.roundTrips.size() == job.report.up.size()
                         && job.report.roundTrips.constLast().checked;
    if ((job.report.roundTrips.size() == pending.size() && checked) || cancel.isCancelled())
        return findings;
    QString why = !job.error.isEmpty() ? job.error.text() : job.report.error;
    for (const StepRun &s : job.report.up) {
        if (!s.ok && why.isEmpty())
            why = s.error;
    }
    // Where it stopped: the up that failed, the round trip left unchecked, or the next one.
    qsizetype stopped = 0;
    if (!job.report.up.isEmpty()) {
        stopped = index.value(job.report.up.constLast().step.migration.displayVersion(), 0);
        if (job.report.up.constLast().ok && checked)
            stopped = std::min(stopped + 1, pending.size() - 1);
    }
    if (!why.isEmpty()) {
        const Migration &at = pending.at(stopped);
        findings << finding(u"statement-not-analysed"_s, at,
                            Text::msg("the reversibility check of %1 could not run: %2").arg(at.displayVersion(), why));
    }
    return findings;
}

} // namespace godwit
