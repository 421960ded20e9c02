#include "status.h"

#include "migrations/scriptloader.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Status)
};

// Versioned and code migrations up to an applied baseline's version, with no row of their
// own, were applied by it: they show its row.
void applyBaseline(QList<StatusEntry> &entries, const QList<HistoryEntry> &history)
{
    const HistoryEntry *baseline = nullptr;
    for (const HistoryEntry &h : history) {
        if (h.kind == MigrationKind::Baseline && h.status == HistoryEntry::Status::Applied
            && (!baseline || Version::fromKey(baseline->key) < Version::fromKey(h.key)))
            baseline = &h;
    }
    if (!baseline)
        return;
    const Version covered = Version::fromKey(baseline->key);
    for (StatusEntry &e : entries) {
        const bool ordinary = e.kind() == MigrationKind::Versioned || e.kind() == MigrationKind::Code;
        if (ordinary && !e.history && e.migration && e.migration->version <= covered) {
            e.state = MigrationState::Applied;
            e.history = *baseline;
        }
    }
}

// Godwit's rows hold Godwit's checksum; an adopted tool's rows hold that tool's, judged as
// the tool would judge it; a tool that keeps none, and a code migration, are never modified.
bool checksumDiffers(const HistoryEntry &h, const Migration &m)
{
    if (m.kind == MigrationKind::Code) // Godwit never read its file
        return false;
    if (h.origin.isEmpty())
        return h.checksum != m.checksum();
    const QString theirs = m.up ? m.up->peerChecksum : QString();
    return !h.checksum.isEmpty() && !theirs.isEmpty() && h.checksum != theirs
           && h.checksum != m.up->peerChecksumOtherEndings;
}

} // namespace

QString stateId(MigrationState state)
{
    switch (state) {
    case MigrationState::Applied: return QStringLiteral("applied");
    case MigrationState::Pending: return QStringLiteral("pending");
    case MigrationState::Modified: return QStringLiteral("modified");
    case MigrationState::Missing: return QStringLiteral("missing");
    case MigrationState::Failed: return QStringLiteral("failed");
    case MigrationState::OutOfOrder: return QStringLiteral("out-of-order");
    }
    return {};
}

QString StatusEntry::version() const
{
    if (migration)
        return migration->displayVersion();
    return history->kind == MigrationKind::Repeatable ? QStringLiteral("R") : history->version;
}

QString StatusEntry::description() const
{
    return migration ? migration->description : history->description;
}

QList<StatusEntry> computeStatus(const MigrationSource &source, const QList<HistoryEntry> &history)
{
    // A named version's place (sqitch, Alembic) is the folder's: history keys are read back
    // through it.
    QHash<QString, const Version *> folderVersions;
    for (const Migration &m : source.migrations) {
        if (m.kind != MigrationKind::Repeatable && m.version.isNamed())
            folderVersions.insert(m.key(), &m.version);
    }
    QHash<QString, const HistoryEntry *> byKey;
    std::optional<Version> newestApplied;
    for (const HistoryEntry &h : history) {
        byKey.insert(historySlot(h.kind, h.key), &h);
        if (h.kind != MigrationKind::Repeatable) {
            const Version *known = folderVersions.value(h.key);
            const Version v = known ? *known : Version::fromKey(h.key);
            if (!known && v.isNamed() && !folderVersions.isEmpty())
                continue; // a change no longer in the plan has no place to be newer than another
            if (!newestApplied || *newestApplied < v)
                newestApplied = v;
        }
    }

    QList<StatusEntry> entries;
    entries.reserve(source.migrations.size() + 8);
    for (const Migration &m : source.migrations) {
        StatusEntry e;
        e.migration = m;
        const QString key = historySlot(m.kind, m.key());
        const HistoryEntry *h = byKey.take(key);
        if (!h) {
            // A revision graph's branches have no order between them (Alembic).
            e.state = m.kind != MigrationKind::Repeatable && m.kind != MigrationKind::Baseline && newestApplied
                              && source.format != Format::Alembic
                              && m.version < *newestApplied
                          ? MigrationState::OutOfOrder
                          : MigrationState::Pending;
        } else {
            e.history = *h;
            if (h->status != HistoryEntry::Status::Applied)
                e.state = MigrationState::Failed;
            else if (checksumDiffers(*h, m))
                e.state = m.kind == MigrationKind::Repeatable ? MigrationState::Pending : MigrationState::Modified;
            else
                e.state = MigrationState::Applied;
        }
        entries.append(std::move(e));
    }
    applyBaseline(entries, history);
    for (const HistoryEntry *h : std::as_const(byKey)) {
        StatusEntry e;
        e.state = MigrationState::Missing;
        e.history = *h;
        entries.append(std::move(e));
    }
    if (byKey.isEmpty())
        return entries; // the folder's order already is the right one

    // Missing migrations go where their version belongs.
    std::stable_sort(entries.begin(), entries.end(), [](const StatusEntry &a, const StatusEntry &b) {
        const bool aRepeatable = a.kind() == MigrationKind::Repeatable;
        if (aRepeatable != (b.kind() == MigrationKind::Repeatable))
            return !aRepeatable;
        if (aRepeatable)
            return a.description() < b.description();
        return a.sortVersion() < b.sortVersion();
    });
    return entries;
}

std::optional<Version> targetVersion(const QList<StatusEntry> &status, const QString &to)
{
    const auto number = Version::parse(to);
    if (number && number->canonical() == u"0")
        return number;
    for (const StatusEntry &e : status) {
        if (e.kind() == MigrationKind::Repeatable)
            continue;
        const Version v = e.sortVersion();
        if (v.text() == to || e.key() == to || (number && !v.isNamed() && v == *number))
            return v;
    }
    return std::nullopt;
}

Message failureReason(const HistoryEntry &entry)
{
    if (!entry.error.isEmpty())
        return entry.error;
    const int at = std::max(1, entry.failedStatement);
    if (entry.status == HistoryEntry::Status::Started) {
        if (at == 1)
            return Text::msg("the run was interrupted (its process ended) while statement 1 of %1 was under way (or "
                            "that run is still going); it may have completed")
                .arg(entry.statementCount);
        return Text::msg("the run was interrupted (its process ended) after statement %1 of %2, while statement %3 was "
                        "under way (or that run is still going); it may have completed")
            .arg(at - 1)
            .arg(entry.statementCount)
            .arg(at);
    }
    return Text::msg("the run ended at statement %1 of %2 without recording why").arg(at).arg(entry.statementCount);
}

StatementState statementState(const HistoryEntry &entry, int n)
{
    const int stopped = entry.failedStatement;
    if (stopped == 0 || n < stopped)
        return StatementState::Ran;
    if (n > stopped)
        return StatementState::NotRun;
    return entry.status == HistoryEntry::Status::Started ? StatementState::UnderWay : StatementState::Failed;
}

QString statementStateId(StatementState state)
{
    switch (state) {
    case StatementState::Ran: return QStringLiteral("ran");
    case StatementState::UnderWay: return QStringLiteral("under-way");
    case StatementState::Failed: return QStringLiteral("failed");
    case StatementState::NotRun: return QStringLiteral("not-run");
    }
    return {};
}

QString statusProblemKindId(StatusProblemKind kind)
{
    switch (kind) {
    case StatusProblemKind::Modified: return QStringLiteral("modified");
    case StatusProblemKind::Missing: return QStringLiteral("missing");
    case StatusProblemKind::Failed: return QStringLiteral("failed");
    case StatusProblemKind::Unsplittable: return QStringLiteral("unsplittable");
    case StatusProblemKind::Unrecognised: return QStringLiteral("unrecognised");
    case StatusProblemKind::Unreadable: return QStringLiteral("unreadable");
    case StatusProblemKind::Folder: return QStringLiteral("folder");
    }
    return {};
}

namespace {

StatusProblem problemOf(const StatusEntry &e)
{
    StatusProblem p;
    p.version = e.version();
    p.description = e.description();
    p.file = e.migration ? e.migration->file() : e.history->script;
    switch (e.state) {
    case MigrationState::Modified:
        p.kind = StatusProblemKind::Modified;
        p.message = Text::msg("%1 changed since it was applied (checksum then %2, now %3)")
                        .arg(p.file, e.history->checksum, e.migration->checksum());
        break;
    case MigrationState::Missing:
        p.kind = StatusProblemKind::Missing;
        p.message = Text::msg("%1 was applied, but its file is gone").arg(p.file);
        break;
    case MigrationState::Failed:
        p.kind = StatusProblemKind::Failed;
        p.message = Text::msg("%1 failed: %2").arg(p.file, failureReason(*e.history));
        break;
    default:
        break;
    }
    return p;
}

} // namespace

QList<StatusProblem> statusProblems(const MigrationSource &source, const QList<StatusEntry> &status, Dialect dialect)
{
    QList<StatusProblem> problems;
    // Every error of the folder stops up (folderErrors()), so status names each one.
    for (const FolderProblem &f : source.problems) {
        StatusProblemKind kind = StatusProblemKind::Folder;
        if (f.kind == FolderProblem::Kind::Unreadable)
            kind = StatusProblemKind::Unreadable;
        else if (f.kind == FolderProblem::Kind::UnmatchedFile || f.kind == FolderProblem::Kind::ForeignFormat)
            kind = StatusProblemKind::Unrecognised;
        else if (f.severity != FolderProblem::Severity::Error)
            continue;
        if (kind == StatusProblemKind::Folder) {
            problems.append({kind, {}, {}, f.files.value(0), f.message});
            continue;
        }
        for (const QString &file : f.files)
            problems.append({kind, {}, {}, file, f.message});
    }
    for (const StatusEntry &e : status) {
        if (e.state == MigrationState::Modified || e.state == MigrationState::Missing || e.state == MigrationState::Failed) {
            problems.append(problemOf(e));
            continue;
        }
        const bool pending = e.state == MigrationState::Pending || e.state == MigrationState::OutOfOrder;
        if (!pending || !e.migration || !e.migration->up)
            continue;
        const LoadedScript loaded = loadScript(*e.migration->up, dialect);
        if (loaded.split.error)
            problems.append({StatusProblemKind::Unsplittable, e.version(), e.description(), e.migration->up->path,
                             loaded.split.error->toString()});
    }
    return problems;
}

QList<const StatusEntry *> failedMigrations(const QList<StatusEntry> &status, const QString &version)
{
    QList<const StatusEntry *> failed;
    for (const StatusEntry &e : status) {
        if (e.state == MigrationState::Failed
            && (version.isEmpty() || e.key() == version || Version::fromKey(version) == Version::fromKey(e.key())))
            failed.append(&e);
    }
    return failed;
}

QString repairRefusalId(RepairRefusal code)
{
    switch (code) {
    case RepairRefusal::None:
        return {};
    case RepairRefusal::NothingFailed:
        return QStringLiteral("nothing-failed");
    case RepairRefusal::NotFailed:
        return QStringLiteral("not-failed");
    case RepairRefusal::SeveralFailed:
        return QStringLiteral("several-failed");
    case RepairRefusal::FilesGone:
        return QStringLiteral("files-gone");
    }
    return {};
}

RepairTarget repairTarget(const QList<StatusEntry> &status, const QString &version)
{
    const QList<const StatusEntry *> failed = failedMigrations(status, version);
    if (failed.isEmpty() && !version.isEmpty()) {
        // A code migration the application has run since: marking it applied is how up goes on.
        for (const StatusEntry &e : status) {
            if (e.migration && e.kind() == MigrationKind::Code && e.state == MigrationState::Pending
                && (e.key() == version || Version::fromKey(version) == Version::fromKey(e.key())))
                return {&e};
        }
    }
    if (failed.isEmpty()) {
        if (version.isEmpty())
            return {nullptr, RepairRefusal::NothingFailed, Text::msg("no migration has failed: there is nothing to repair")};
        return {nullptr, RepairRefusal::NotFailed, Text::msg("%1 has not failed: there is nothing to repair").arg(version)};
    }
    if (failed.size() > 1)
        return {nullptr, RepairRefusal::SeveralFailed,
                Text::msg("%n migration(s) have failed: name the one to repair", nullptr, int(failed.size()))};
    if (!failed.first()->migration)
        return {nullptr, RepairRefusal::FilesGone,
                Text::msg("%1: its files are gone; restore them first").arg(failed.first()->version())};
    return {failed.first()};
}

Message baselineCoverage(const StatusEntry &entry)
{
    if (entry.kind() == MigrationKind::Baseline || !entry.history || entry.history->kind != MigrationKind::Baseline)
        return {};
    return Text::msg("below the baseline B%1 — not run on this database; the baseline stands for it")
        .arg(entry.history->version);
}

QString currentVersion(const QList<StatusEntry> &status)
{
    QString current;
    for (const StatusEntry &e : status) {
        if (e.kind() != MigrationKind::Repeatable && e.history && e.history->status == HistoryEntry::Status::Applied)
            current = e.version();
    }
    return current;
}

} // namespace godwit
