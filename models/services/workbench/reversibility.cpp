#include "reversibility.h"

#include "lint/rules.h"

#include <QCoreApplication>

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
    const auto migration = [&](const QString &version) -> const Migration * {
        for (const Migration &m : std::as_const(pending)) {
            if (m.displayVersion() == version)
                return &m;
        }
        return nullptr;
    };
    for (const RoundTrip &trip : job.report.roundTrips) {
        const Migration *m = migration(trip.version);
        if (!m || !trip.hasDown)
            continue; // missing-down says so
        for (const Message &residue : trip.messages)
            findings << finding(u"down-does-not-undo-up"_s, *m, Text::msg("%1 %2: %3").arg(m->displayVersion(), m->description, residue));
    }
    const bool complete = job.report.roundTrips.size() == pending.size();
    if (!complete && !cancel.isCancelled()) {
        QString why = !job.error.isEmpty() ? job.error.text() : job.report.error;
        for (const StepRun &s : job.report.up) {
            if (!s.ok && why.isEmpty())
                why = s.error;
        }
        const qsizetype stopped = std::min(job.report.roundTrips.size(), pending.size() - 1);
        const Migration &at = pending.at(stopped);
        if (!why.isEmpty())
            findings << finding(u"statement-not-analysed"_s, at,
                                Text::msg("the reversibility check of %1 could not run: %2").arg(at.displayVersion(), why));
    }
    return findings;
}

} // namespace godwit
