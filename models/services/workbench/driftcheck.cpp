#include "driftcheck.h"

#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace godwit {

DriftCheck checkDrift(Connection &connection, const MigrationSource &source, const QList<StatusEntry> &status,
                      CancelToken &cancel, const JobProgress &progress)
{
    DriftCheck check;
    const QList<Migration> applied = appliedMigrations(status, &check.error);
    if (!check.error.isEmpty())
        return check;
    DryRun dryRun(connection);
    cancel.setInterrupt([&dryRun] { dryRun.interrupt(); });
    const auto uninterrupt = qScopeGuard([&cancel] { cancel.setInterrupt({}); });
    check.report = dryRun.drift(applied, cancel.flag(), [&progress](const QString &what) {
        if (progress)
            progress(0, 0, what);
    });
    check.error = check.report.error;
    check.cancelled = check.report.cancelled;
    for (const StatusProblem &p : statusProblems(source, status, connection.dialect())) {
        if (p.kind == StatusProblemKind::Modified)
            check.modified.append(p);
    }
    return check;
}

} // namespace godwit
