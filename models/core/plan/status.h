#pragma once

#include "history.h"
#include "migrations/discovery.h"

#include <QList>

#include <optional>

namespace godwit {

enum class MigrationState { Applied, Pending, Modified, Missing, Failed, OutOfOrder };

QString stateId(MigrationState state);

/*! One line of status: a migration from the folder, its history row, or both. */
struct StatusEntry
{
    MigrationState state = MigrationState::Pending;
    std::optional<Migration> migration; ///< none when the files are gone
    std::optional<HistoryEntry> history;

    QString key() const { return migration ? migration->key() : history->key; }
    MigrationKind kind() const { return migration ? migration->kind : history->kind; }
    QString version() const;
    QString description() const;
    /*! The version to order by: the file's, or the history key read back. */
    Version sortVersion() const { return migration ? migration->version : Version::fromKey(history->key); }
};

/*! The version a --to names: "0" (before the first), or one of the status's versioned or
    code migrations, by its version as written, its key or an equal number; none when no
    migration has it. */
std::optional<Version> targetVersion(const QList<StatusEntry> &status, const QString &to);

/*! Each migration's state against one target, in order: versioned by version, then
    repeatables. A repeatable whose checksum changed is pending again. */
QList<StatusEntry> computeStatus(const MigrationSource &source, const QList<HistoryEntry> &history);

/*! Why a migration stopped, for people: the error its history row keeps or, when a run
    ended without recording one (the process was killed), that it was interrupted and where. */
Message failureReason(const HistoryEntry &entry);

/*! What became of statement n (from 1) of a migration whose history row says where it
    stopped: under way when the run ended without recording (killed). */
enum class StatementState { Ran, UnderWay, Failed, NotRun };
StatementState statementState(const HistoryEntry &entry, int n);
/*! Stable ids: ran, under-way, failed, not-run. */
QString statementStateId(StatementState state);

/*! What makes a status unclean. */
enum class StatusProblemKind {
    Modified,     ///< an applied script changed since it ran
    Missing,      ///< an applied migration's files are gone
    Failed,
    Unsplittable, ///< a pending script that cannot run
    Unrecognised, ///< a file of the folder that is no migration of its format
    Unreadable,
    Folder,       ///< an error of the folder that stops every run (two files for one version …)
};

/*! Stable ids: "modified", "missing", "failed", "unsplittable", "unrecognised",
    "unreadable", "folder". */
QString statusProblemKindId(StatusProblemKind kind);

/*! Something that makes a target's status unclean, for CI. */
struct StatusProblem
{
    StatusProblemKind kind = StatusProblemKind::Modified;
    QString version;
    QString description;
    QString file;
    Message message; ///< an unsplittable script's is file:line:column: why
};

/*! The problems of a status; pending scripts are read and split for the dialect. */
QList<StatusProblem> statusProblems(const MigrationSource &source, const QList<StatusEntry> &status, Dialect dialect);

/*! The failed migrations of a status: every one, or the one whose version is version. */
QList<const StatusEntry *> failedMigrations(const QList<StatusEntry> &status, const QString &version = {});

/*! Why a repair has nothing to act on. */
enum class RepairRefusal {
    None,
    NothingFailed, ///< no migration has failed
    NotFailed,     ///< the version named has not failed
    SeveralFailed, ///< more than one has, and none was named
    FilesGone,     ///< the failed migration's files are not in the folder
};
/*! Stable ids: "nothing-failed", "not-failed", "several-failed", "files-gone"; empty for None. */
QString repairRefusalId(RepairRefusal code);

/*! The failed migration a repair acts on, or why there is none. */
struct RepairTarget
{
    const StatusEntry *entry = nullptr;
    RepairRefusal code = RepairRefusal::None;
    Message error;
};
/*! The one failed migration (the one whose version is version, when named) with its files;
    or, when version names a code migration not applied yet, that one (to be marked applied). */
RepairTarget repairTarget(const QList<StatusEntry> &status, const QString &version);

/*! For a migration an applied baseline stands for (it has no row of its own): "below the
    baseline B2 — not run on this database; the baseline stands for it" (whether it was in the
    folder when the baseline ran or came later, it never ran here); empty for any other. */
Message baselineCoverage(const StatusEntry &entry);

/*! The target's revision: the newest versioned migration applied, as its file spells it;
    empty when none is. */
QString currentVersion(const QList<StatusEntry> &status);

} // namespace godwit
