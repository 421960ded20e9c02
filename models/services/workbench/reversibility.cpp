#include "reversibility.h"

#include "lint/rules.h"

#include <QCoreApplication>
#include <QSet>

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
    QSet<QString> seen;
    for (qsizetype k = 0; k < pending.size() && !cancel.isCancelled(); ++k) {
        const Migration &m = pending.at(k);
        if (progress)
            progress(int(k), int(pending.size()), Text::tr("reversibility of %1 %2").arg(m.displayVersion(), m.description));
        if (!m.down)
            continue; // missing-down says so
        const DryRunJob job =
            runDryRunJob(workspace, PlanRequest{Direction::Up, m.version.text(), {}, false}, DryRunMethod::Auto, true, cancel, {});
        if (!job.error.isEmpty() || !job.report.error.isEmpty() || !job.report.stepsOk()) {
            QString why = !job.error.isEmpty() ? job.error.text() : job.report.error;
            for (const StepRun &s : job.report.up + job.report.down) {
                if (!s.ok && why.isEmpty())
                    why = s.error;
            }
            findings << finding(u"statement-not-analysed"_s, m,
                                Text::msg("the reversibility check of %1 could not run: %2").arg(m.displayVersion(), why));
            break; // the later plans contain this one
        }
        for (const Message &residue : job.report.residueMessages) {
            if (seen.contains(residue.english()))
                continue;
            seen.insert(residue.english());
            findings << finding(u"down-does-not-undo-up"_s, m, Text::msg("%1 %2: %3").arg(m.displayVersion(), m.description, residue));
        }
    }
    return findings;
}

} // namespace godwit
