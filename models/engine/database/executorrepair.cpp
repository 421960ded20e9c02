// The executor's ways out of trouble: repairs of a failed migration, and rows that say
// applied for migrations Godwit did not run (a code migration, a baseline).
#include "executor.h"

#include "historystore.h"
#include "peerwriter.h"
#include "migrations/checksum.h"
#include "migrations/scriptloader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Executor)
};

StepResult failed(StepResult result, const Message &message)
{
    result.outcome = StepResult::Outcome::Failed;
    result.message = message;
    return result;
}

} // namespace

std::optional<std::optional<HistoryEntry>> Executor::rowUnderLock(const Migration &migration, Message *error)
{
    if (const QString locked = lock(); !locked.isEmpty()) {
        *error = locked;
        return std::nullopt;
    }
    if (!m_store.ensureSchema() || (interop() && !m_peer->ensureTable())) {
        *error = QString(m_store.lastError() + (m_peer ? m_peer->lastError() : QString()));
        return std::nullopt;
    }
    auto existing = m_store.read(migration.kind, migration.key());
    if (!existing)
        *error = m_store.lastError();
    return existing;
}

StepResult Executor::recordApplied(const Migration &migration, const QString &why)
{
    StepResult result;
    result.step = {migration, Direction::Up};
    const QString planId = planFingerprint(Plan{{result.step}});
    auto refuse = [&result](const Message &message) { return failed(result, message); };
    Message error;
    const auto existing = rowUnderLock(migration, &error);
    if (!existing)
        return refuse(error);
    if (existing->has_value())
        return refuse(Text::msg("%1 %2 is in the history already (%3)")
                          .arg(migration.displayVersion(), migration.description, historyStatusId((*existing)->status)));
    return insertApplied(result, why, planId);
}

StepResult Executor::recordTheirs(const Migration &migration)
{
    StepResult result;
    result.step = {migration, Direction::Up};
    const QString planId = planFingerprint(Plan{{result.step}});
    Message error;
    const auto existing = rowUnderLock(migration, &error);
    if (!existing)
        return failed(result, error);
    if (!interop() || !existing->has_value() || (*existing)->status != HistoryEntry::Status::Applied)
        return failed(result, Text::msg("%1 %2 is not applied in Godwit's history: there is nothing to write to the "
                                        "other tool's table")
                                  .arg(migration.displayVersion(), migration.description));
    const QString tool = peerToolId(m_peer->spec().tool);
    const QString unwritten = writeTogether([&] { return m_peer->done(migration, Direction::Up, 0) ? QString() : m_peer->lastError(); });
    if (!unwritten.isEmpty())
        return failed(result, Text::msg("cannot write %1's table: %2").arg(tool, unwritten));
    m_auditAction = u"adopt: interop"_s; // the tool and its table go in the detail
    const auto clear = qScopeGuard([this] { m_auditAction.clear(); });
    result.message = Text::msg("recorded in %1 as %2 would; Godwit applied it before").arg(peerTableTitle(m_peer->spec()), tool);
    audit(result, planId);
    return result;
}

// A row that says applied for a migration Godwit did not run.
StepResult Executor::insertApplied(StepResult result, const QString &why, const QString &planId)
{
    const Migration &m = result.step.migration;
    m_auditAction = why;
    const auto clear = qScopeGuard([this] { m_auditAction.clear(); });
    // A code migration's file was never read: no checksum to keep (the column holds an empty
    // one). A SQL one keeps its file's, so that a later edit shows as modified.
    const QString checksum = m.kind == MigrationKind::Code ? QStringLiteral("") : m.checksum();
    const auto writes = [&] {
        if (QString theirs = writePeer(result.step, 0); !theirs.isEmpty())
            return theirs;
        return m_store.insert(historyFor(result.step, checksum, 0)) ? QString() : m_store.lastError();
    };
    const QString unwritten = interop() ? writeTogether(writes) : writes();
    if (!unwritten.isEmpty())
        return failed(result, unwritten);
    result.message = m.kind == MigrationKind::Code
                         ? Text::msg("marked applied: the application ran %1").arg(QFileInfo(m.codePath).fileName())
                         : Text::msg("recorded as applied; Godwit did not run it");
    audit(result, planId);
    return result;
}

// A failure only the adopted tool's table records (golang-migrate's dirty row, Flyway's
// success = false, Prisma's unfinished row): Godwit does not know which statements ran, so
// it can only mark it applied once the database was put right by hand, clearing the
// failure there as the tool's own fix would (migrate force, flyway repair, migrate resolve).
StepResult Executor::repairTheirs(StepResult result, RepairAction action, const QString &planId)
{
    const Migration &m = result.step.migration;
    bool readable = true;
    const std::optional<HistoryEntry::Status> theirs = m_peer->recorded(m, &readable);
    if (!readable)
        return failed(result, Text::msg("cannot read the history: %1").arg(m_peer->lastError()));
    const QString tool = peerToolId(m_peer->spec().tool);
    if (theirs != HistoryEntry::Status::Failed)
        return failed(result, Text::msg("%1 %2 has not failed: there is nothing to repair").arg(m.displayVersion(), m.description));
    if (action != RepairAction::MarkApplied)
        return failed(result, Text::msg("only %1's table records that %2 %3 failed, not which of its statements ran: put the "
                                        "database right by hand, then mark it applied")
                                  .arg(tool, m.displayVersion(), m.description));
    const QString unwritten = writeTogether([&] {
        if (!m_peer->done(m, Direction::Up, 0))
            return m_peer->lastError();
        return m_store.insert(historyFor(result.step, m.checksum(), 0)) ? QString() : m_store.lastError();
    });
    if (!unwritten.isEmpty())
        return failed(result, Text::msg("cannot write the history: %1").arg(unwritten));
    m_auditAction = QStringLiteral("repair: mark applied");
    const auto clear = qScopeGuard([this] { m_auditAction.clear(); });
    result.message = Text::msg("marked applied; %1's table no longer says it failed").arg(tool);
    audit(result, planId);
    return result;
}

StepResult Executor::repair(const Migration &migration, RepairAction action, int retryFrom,
                            const std::atomic_bool *cancel)
{
    StepResult result;
    result.step = {migration, action == RepairAction::RunDown ? Direction::Down : Direction::Up};
    const QString planId = planFingerprint(Plan{{result.step}});
    auto refuse = [&result](const Message &message) { return failed(result, message); };
    Message error;
    const auto existing = rowUnderLock(migration, &error);
    if (!existing)
        return refuse(error);
    // The application ran a code migration: its row says so, and up goes on past it.
    if (!existing->has_value() && migration.kind == MigrationKind::Code) {
        if (action != RepairAction::MarkApplied)
            return refuse(Text::msg("%1 %2 is a code migration: the application runs it; once it has, mark it applied")
                              .arg(migration.displayVersion(), migration.description));
        return insertApplied(result, QStringLiteral("repair: mark applied"), planId);
    }
    if (!existing->has_value() && m_peer)
        return repairTheirs(result, action, planId);
    if (!existing->has_value() || (*existing)->status == HistoryEntry::Status::Applied)
        return refuse(Text::msg("%1 %2 has not failed: there is nothing to repair")
                          .arg(migration.displayVersion(), migration.description));
    const HistoryEntry &failed = **existing;

    switch (action) {
    case RepairAction::MarkApplied: {
        m_auditAction = QStringLiteral("repair: mark applied");
        HistoryEntry entry = failed;
        entry.status = HistoryEntry::Status::Applied;
        entry.checksum = migration.checksum();
        entry.failedStatement = 0;
        entry.error.clear();
        const auto writes = [&] {
            if (QString theirs = writePeer(result.step, 0); !theirs.isEmpty())
                return theirs;
            return m_store.update(entry) ? QString() : m_store.lastError();
        };
        const QString unwritten = interop() ? writeTogether(writes) : writes();
        if (!unwritten.isEmpty())
            return refuse(unwritten);
        result.message = Text::msg("marked applied; statements %1 to %2 were not run by Godwit")
                             .arg(qMax(1, failed.failedStatement))
                             .arg(failed.statementCount);
        audit(result, planId);
        m_auditAction.clear();
        return result;
    }
    case RepairAction::RunDown:
        if (!migration.down)
            return refuse(Text::msg("%1 %2 has no down script").arg(migration.displayVersion(), migration.description));
        m_auditAction = QStringLiteral("repair: run down");
        result = runStep(result.step, planId, cancel, loadStepScript(result.step, m_connection.dialect()));
        m_auditAction.clear();
        return result;
    case RepairAction::RetryFrom:
        break;
    }

    if (!migration.up)
        return refuse(Text::msg("%1 %2 is a code migration: the application runs it, Godwit cannot")
                          .arg(migration.displayVersion(), migration.description));
    const LoadedScript loaded = loadStepScript(result.step, m_connection.dialect());
    if (!loaded.split.ok())
        return refuse(loaded.split.error->toString());
    const QList<Statement> &statements = loaded.split.statements;
    if (retryFrom < 1 || retryFrom > statements.size())
        return refuse(Text::msg("retry from statement %1: the migration has statements 1 to %2").arg(retryFrom).arg(statements.size()));
    if (failed.failedStatement && retryFrom > failed.failedStatement)
        return refuse(Text::msg("statement %1 failed: a retry can start there or earlier, not at %2")
                          .arg(failed.failedStatement)
                          .arg(retryFrom));
    // The statements that ran must be the ones in the file now.
    QList<Message> changed;
    for (int i = 0; i < retryFrom - 1; ++i) {
        if (i >= failed.statementChecksums.size() || failed.statementChecksums.at(i) != statementChecksum(statements.at(i).sql))
            changed.append(Text::msg("statement %1 at %2").arg(i + 1).arg(statements.at(i).location.toString()));
    }
    if (!changed.isEmpty())
        return refuse(Text::msg("the statements before %1 changed since they ran, so what the database holds is not what the "
                         "file says:\n  %2")
                          .arg(retryFrom)
                          .arg(Message::join(changed, QStringLiteral("\n  "))));
    m_auditAction = u"repair: retry from statement %1"_s.arg(retryFrom); // an id: the same in every language
    const auto clear = qScopeGuard([this] { m_auditAction.clear(); });
    result.statementCount = int(statements.size());
    return runStatementByStatement(result, statements, loaded.checksum, planId, cancel, {}, retryFrom - 1);
}

} // namespace godwit
