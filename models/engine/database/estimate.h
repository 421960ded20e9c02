#pragma once

#include "scriptrunner.h"
#include "tablestats.h"

#include "i18n/message.h"
#include "schema/snapshot.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace godwit {

/*! How long one statement of the plan would take on the target's data: its time in the dry
    run, scaled by how many more rows the table it works on holds on the target than where
    the dry run ran, for a statement whose work grows with the rows (one that rewrote a
    table, changed rows, built an index or checked a constraint, or that the server ran with
    an algorithm other than INSTANT). */
struct StatementEstimate
{
    QString version; ///< the migration's
    int index = 0;   ///< 1-based in its script
    SourceLocation location;
    double measuredMs = 0;
    double estimatedMs = 0;
    QString table;          ///< the table it works on: of those it names, the one with most rows
    qint64 targetRows = -1; ///< on the target (-1: not known)
    qint64 dryRunRows = -1; ///< where the dry run ran
    QString rowsSource;     ///< where the target's figure comes from
    bool scaled = false;    ///< its work grows with the rows, and the target holds more or fewer
    /*! It works on rows the dry run's database did not hold (a schema copy): the time is
        what it took on none, not an estimate. */
    bool unmeasured = false;
    /*! What it holds on table: the strongest lock taken, the ALTER algorithm, or (SQLite)
        "database write lock". */
    QString hold;

    /*! "estimated 4 min 10 s holding AccessExclusiveLock on orders (12,400,000 rows)". */
    Message message() const;
    QJsonObject toJson() const;
};

/*! The plan's time on the target's data (see StatementEstimate). */
struct RunEstimate
{
    double totalMs = 0;
    QList<TableStats> tables; ///< the tables the statements name, on the target, largest first
    /*! The dry run's tables held none of the target's rows (a schema copy): statements that
        work on rows are marked unmeasured, and the total is a lower bound. */
    bool withoutRows = false;
    QList<StatementEstimate> statements; ///< those on a table with rows, longest estimate first

    bool isEmpty() const { return statements.isEmpty() && tables.isEmpty() && totalMs <= 0; }
    /*! "about 4 min 12 s on the target's data" or, without rows, "at least …". */
    Message summary() const;
    /*! The first n statements' messages, each with its migration and place. */
    QList<Message> longest(int n) const;
    QJsonObject toJson() const;
};

/*! "0002 statement 1 (0002_change.up.sql:3): what": a statement of a migration named for a
    record that travels (its file's name, not its path). */
Message statementLine(const QString &version, int index, const SourceLocation &location, const Message &what);

/*! The estimate from the up steps that ran, the target's table sizes (by name) and the
    rows each held where the dry run ran (absent: none, a schema copy). A table whose rows
    the target does not know (-1) is named, its statements not scaled. */
RunEstimate estimateRun(Dialect dialect, const QList<StepRun> &up, const QHash<QString, TableStats> &target,
                        const QHash<QString, qint64> &dryRun);

/*! The tables of before that the up steps' statements name, with their sizes on target. */
QHash<QString, TableStats> namedTableSizes(Connection &target, const Snapshot &before, const QList<StepRun> &up);

} // namespace godwit
