#pragma once

#include "history.h"
#include "migrations/discovery.h"
#include "migrations/peertool.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace godwit {

/*! One row of another tool's table, in the terms all of them share. */
struct PeerRow
{
    QString value;       ///< the version, folder name or stem as the tool stored it; empty for a Flyway repeatable
    QString description; ///< Flyway's description (a repeatable's key)
    QString type;        ///< Flyway's type: SQL, BASELINE, SQL_BASELINE, UNDO_SQL, DELETE, JDBC …
    QString script;
    QString checksum;    ///< Flyway's CRC32 as a signed integer, Prisma's SHA-256; empty when none
    QString by;
    QDateTime at;
    qint64 order = 0;    ///< Flyway's installed_rank, goose's id: later rows win
    bool success = true; ///< false: Flyway success = false, golang-migrate dirty, Prisma unfinished
    bool undone = false; ///< goose is_applied = false, Prisma rolled_back_at set
    QString error;       ///< Prisma's logs
};

/*! Another tool's table as read: its rows in the order the tool wrote them. */
struct PeerHistory
{
    PeerTableSpec spec;
    QList<PeerRow> rows;
};

/*! The applied set a tool's rows stand for, in Godwit's history terms and keyed as the
    folder's migrations are (origin = the tool's id): golang-migrate's one row applies
    every migration up to its version; goose and Flyway keep the latest row per version;
    a Flyway BASELINE row is a baseline; failed rows are failed. Values the folder does not
    have become rows of their own (shown as missing). */
QList<HistoryEntry> adoptedHistory(const PeerHistory &peer, const MigrationSource &source);

/*! The value spec's tool writes for migration m: the version as its file names it (Flyway's
    with '.' between digit groups), diesel's without '-', Prisma's folder name, a custom
    runner's version, stem or file name. */
QString peerValueOf(const PeerTableSpec &spec, const Migration &m);

/*! Whether spec's tool keeps a row for m: versioned migrations, and Flyway's repeatables; no
    tool keeps Godwit's baselines or code migrations. */
bool peerKeeps(const PeerTableSpec &spec, const Migration &m);

/*! Godwit's own rows over the adopted ones: a migration Godwit recorded is as Godwit says. */
QList<HistoryEntry> withAdopted(const QList<HistoryEntry> &own, const QList<HistoryEntry> &adopted);

/*! The history a folder's status is computed from: alembic_version's heads for an Alembic
    project; Godwit's rows over the adopted tool's for a project that adopts one; Godwit's
    rows alone for any other. In interop mode the tool's table decides what is applied: a
    migration Godwit recorded as applied that the table no longer has (the tool rolled it
    back) is pending again, unless the table has no row at all (it was never written). */
QList<HistoryEntry> historyOfFolder(const MigrationSource &source, const QList<HistoryEntry> &own,
                                    const QStringList &alembicHeads, const std::optional<PeerHistory> &adopted);

/*! What a table found under a tool's name stands for in this folder: schema_migrations whose
    values are the folder's file stems or names rather than versions is a project's own
    runner's (custom, by stem or name); any other table is read as its tool's. */
PeerTableSpec proposedSpec(const PeerHistory &found, const MigrationSource &source);

/*! A table another tool keeps, found on the target: what it says in one line. */
struct PeerTableFound
{
    PeerTableSpec spec;
    int applied = 0;
    int failed = 0;
    QString last;   ///< the newest applied value
    QDateTime lastAt;
};
/*! "flyway_schema_history: 41 applied, last 1.41 on 2026-11-02" (the date in UTC). */
Message describeFound(const PeerTableFound &found);
PeerTableFound summarize(const PeerHistory &peer);

/*! What status says of other tools' tables: the adopted one, or those found on a target
    whose project adopts none (each read as proposedSpec() reads it). */
struct PeerTablesSeen
{
    std::optional<PeerTableFound> adopted;
    QList<PeerTableFound> found;
};
PeerTablesSeen peerTablesSeen(const std::optional<PeerHistory> &adopted, const QList<PeerHistory> &found,
                              const MigrationSource &source);

} // namespace godwit
