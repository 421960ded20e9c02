#include "driftcheck.h"

#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

void withoutTable(DriftReport &report, const QString &table)
{
    report.drift.changes.removeIf([&table](const SchemaChange &c) { return c.table == table || (c.objectKind == u"table" && c.name == table); });
    for (std::optional<Snapshot> *snapshot : {&report.expected, &report.actual}) {
        if (*snapshot) {
            (*snapshot)->tables.removeIf([&table](const Table &t) { return t.name == table; });
            (*snapshot)->indexes.removeIf([&table](const Index &i) { return i.table == table; });
        }
    }
}

} // namespace

DriftCheck checkDrift(Connection &connection, const QList<StatusEntry> &status,
                      CancelToken &cancel, const JobProgress &progress, const std::optional<PeerTableSpec> &adopted)
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
    if (adopted)
        withoutTable(check.report, adopted->table);
    check.error = check.report.error;
    check.cancelled = check.report.cancelled;
    // Only the modified entries: statusProblems() would also read and split every pending script.
    QList<StatusEntry> modified;
    for (const StatusEntry &e : status) {
        if (e.state == MigrationState::Modified)
            modified.append(e);
    }
    check.modified = statusProblems(MigrationSource{}, modified, connection.dialect());
    return check;
}

} // namespace godwit
