#pragma once

#include "connection.h"

#include "plan/peerhistory.h"

#include <optional>

namespace godwit {

/*! A boolean as the tools' tables hold it, whatever the engine returns: 1, t or true. */
bool peerFlag(const QVariant &value);

/*! Where spec's table is: sqitch's registry (EngineDriver::sqitchRegistry()), else the
    session's schema or database (EngineDriver::sessionQualifier()); empty on SQLite, and
    for a sqitch registry that is not there. */
QString peerQualifier(Connection &connection, const PeerTableSpec &spec);

/*! name as SQL text names it in the session's schema qualifier (sessionQualifier()). */
QString sessionTable(Connection &connection, const QString &qualifier, const QString &name);

/*! Another tool's history table read on connection, in the session's schema (PostgreSQL's
    current_schema(), MySQL's database) where the tools keep it. A table that is not there
    is an empty history (nothing applied yet); a table that cannot be read is an error that
    names it and the server's message. */
std::optional<PeerHistory> readPeerTable(Connection &connection, const PeerTableSpec &spec, Message *error);

/*! The rows of table (as SQL text names it, known to be there), read as spec's tool means
    them: readPeerTable() once the table is found. */
std::optional<PeerHistory> readPeerRows(Connection &connection, const PeerTableSpec &spec, const QString &table,
                                        Message *error);

/*! The history tables of the tools Godwit knows that the target has, each read whole:
    schema_migrations with a dirty column is golang-migrate's, without one dbmate's (or a
    project's own runner's: see proposedSpec()); sqitch's registry when it has rows of
    sqitchProject (a sqitch folder's %project; empty: not looked for). Godwit's own tables
    are never among them. */
QList<PeerHistory> findPeerTables(Connection &connection, const QString &sqitchProject = {});

} // namespace godwit
