#pragma once

#include "historystore.h"
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
};

/*! Each migration's state against one target, in order: versioned by version, then
    repeatables. A repeatable whose checksum changed is pending again. */
QList<StatusEntry> computeStatus(const MigrationSource &source, const QList<HistoryEntry> &history);

/*! The target's revision: the newest versioned migration applied, as its file spells it;
    empty when none is. */
QString currentVersion(const QList<StatusEntry> &status);

} // namespace godwit
