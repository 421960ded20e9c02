#pragma once

#include "connection.h"
#include "sqitchregistry.h"

#include "migrations/discovery.h"
#include "migrations/peertool.h"
#include "plan/history.h"
#include "plan/plan.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace godwit {

/*! Another tool's history table written as that tool writes it (interop mode, issue #17),
    on the connection a run holds, inside whatever transaction the run has open there:
    dbmate, diesel and a project's own runner insert a row on up and delete it on down;
    goose inserts (version_id, is_applied) and deletes on down; golang-migrate keeps one
    row, dirty while a migration that no transaction holds runs; Flyway appends a row with
    its CRC32 (success = false for a failure that stays); Prisma a row with the script's
    SHA-256, rolled_back_at set on a down; sqitch's registry gets its changes, tags,
    dependencies and events rows (SqitchRegistryWriter). Where the table is not there it is
    made with the tool's own columns (sqitch's registry excepted). Every statement binds its
    values. */
class PeerWriter
{
public:
    /*! source: the folder (golang-migrate's previous version, the scripts' checksums). */
    PeerWriter(Connection &connection, PeerTableSpec spec, const MigrationSource &source);

    const PeerTableSpec &spec() const { return m_spec; }
    const QString &lastError() const { return m_error; }

    /*! Whether the tool keeps a row for m (peerKeeps()). */
    bool keeps(const Migration &m) const;
    /*! Why the tool's table cannot record m (golang-migrate and goose keep whole-number
        versions); empty when it can. */
    QString cannotRecord(const Migration &m) const;
    /*! Makes the tool's table when it is not there (goose's with its version 0 row). */
    bool ensureTable();
    /*! What the table says of m now: applied, failed, or nothing (no row); *readable false
        when it cannot be read (lastError()). */
    std::optional<HistoryEntry::Status> recorded(const Migration &m, bool *readable);
    /*! Whether the table counts m as applied now; nullopt when it cannot be read. */
    std::optional<bool> applied(const Migration &m);
    /*! Before a migration no transaction holds: golang-migrate's row says dirty at the
        version being reached; sqitch's dependencies are checked. A no-op for the others. */
    bool begin(const Migration &m, Direction direction);
    /*! After m's up or down ran to its end. */
    bool done(const Migration &m, Direction direction, qint64 durationMs);
    /*! After m's up failed with part of it left applied: Flyway's success = false row,
        Prisma's unfinished row with the error; golang-migrate's row stays dirty. */
    bool failed(const Migration &m, const QString &error, qint64 durationMs);
    /*! After a migration begin() was called for left nothing behind: the table as before. */
    bool restore();

private:
    bool run(const QString &sql, const QVariantList &values = {});
    bool setGolangVersion(const std::optional<QString> &version, bool dirty);
    bool insertFlyway(const Migration &m, bool success, qint64 durationMs);
    bool insertPrisma(const Migration &m, const QString &error);
    QString value(const Migration &m) const;
    /*! The version before m in the folder (golang-migrate's version after m's down). */
    std::optional<QString> previousVersion(const Migration &m) const;

    Connection &m_connection;
    PeerTableSpec m_spec;
    const MigrationSource &m_source; ///< the folder's migrations, for versions and scripts
    QString m_table;          ///< as SQL text names it
    struct GolangRow
    {
        QString version; ///< empty: no row
        bool dirty = false;
    };
    std::optional<GolangRow> m_golangBefore; ///< golang-migrate's row before begin()
    std::unique_ptr<SqitchRegistryWriter> m_sqitch; ///< sqitch's registry, when it is the table
    QString m_error;
};

} // namespace godwit
