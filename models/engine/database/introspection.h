#pragma once

#include "schema/snapshot.h"

#include "connection.h"

#include <optional>

namespace godwit {

struct Introspection
{
    std::optional<Snapshot> snapshot;
    QString error; ///< names the target and carries the server's message
    int queries = 0; ///< catalog round trips it took (a handful, whatever the schema's size)
};

/*! Reads the schema the connection works in (SQLite's main database, PostgreSQL's
    current_schema(), MySQL's DATABASE()) with a few catalog queries for the whole schema,
    never one per table. Godwit's own history tables, and what hangs on them, are left out. */
Introspection introspect(Connection &connection);

/*! introspect(), adding the milliseconds it took to ms; nullopt with error set when it fails. */
std::optional<Snapshot> timedSnapshot(Connection &connection, double &ms, QString *error);
/*! The same after statements that named only names (any case): base with the objects named
    there, or on a table named there, read again, where the engine can scope a read
    (EngineDriver::introspectNamed); otherwise the whole schema. */
std::optional<Snapshot> timedSnapshot(Connection &connection, const Snapshot &base, const QStringList &names, double &ms,
                                      QString *error);

/*! Godwit's bookkeeping tables, which no snapshot or diff shows. */
bool isGodwitTable(const QString &name);

} // namespace godwit
