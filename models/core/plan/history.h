#pragma once

#include "migrations/migration.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace godwit {

/*! One row of godwit_schema_history: a migration the target has (or partly has). */
struct HistoryEntry
{
    enum class Status { Applied, Started, Failed };

    MigrationKind kind = MigrationKind::Versioned;
    QString key;     ///< canonical version, or the repeatable's description
    QString version; ///< as the file spelled it
    QString description;
    QString script;
    QString checksum;
    QString appliedBy;
    QDateTime appliedAt;
    qint64 durationMs = 0;
    Status status = Status::Applied;
    int statementCount = 0;
    int failedStatement = 0; ///< 1-based; 0 when none failed
    /*! For migrations run statement by statement: a short hash of each statement as it ran,
        so that a repair can tell whether the statements before the retry point changed. */
    QStringList statementChecksums;
    QString error;
    /*! Empty for Godwit's own rows; the tool's id ("flyway", …) for a row read from the
        table of a tool whose history the project adopts. Its checksum is that tool's. */
    QString origin;
};

QString historyStatusId(HistoryEntry::Status status);

/*! A history row's place among the folder's migrations: repeatables by description,
    baselines apart from the versioned migration of their version, code migrations in the
    one sequence of versions with the versioned ones. Rows of the same slot are the same
    migration's. */
QString historySlot(MigrationKind kind, const QString &key);

} // namespace godwit
