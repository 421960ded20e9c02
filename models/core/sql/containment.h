#pragma once

#include "sqlsplitter.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

namespace godwit {

/*! What a dry run may touch: its scratch database (or the transaction it rolls back), and
    nothing else. Filled from the server once per dry run. */
struct ContainmentScope
{
    Dialect dialect = Dialect::SQLite;
    QString scratchDatabase;       ///< MySQL: the database the dry run runs in
    QSet<QString> otherDatabases;  ///< MySQL: every other database on the server, case-folded
    QSet<QString> foreignTables;   ///< PostgreSQL: foreign tables, "name" and "schema.name", case-folded
    /*! PostgreSQL: a transaction that is rolled back holds the run, so what the transaction
        undoes (roles, grants) stays inside; on a scratch database it would not. */
    bool rolledBack = false;
    /*! PostgreSQL, a transaction on production: lock_timeout is held at most this long
        (0: not held), so a statement that changes it would let the rehearsal queue traffic
        behind it. */
    qint64 lockTimeoutCapMs = 0;
    /*! PostgreSQL: the database's own routines that reach outside when called (directly or
        through another routine), case-folded name → why, and the relations whose use runs
        one: views and SELECT rules on any use (onUse); triggers, defaults, constraints,
        index expressions and other rules on a write (onWrite). Read from the catalog. */
    QHash<QString, QString> escapingRoutines;
    QHash<QString, QString> escapingOnUse;
    QHash<QString, QString> escapingOnWrite;
    /*! PostgreSQL: why every DDL statement escapes (an event trigger runs such a routine);
        empty when none does. */
    QString escapingDdl;
};

/*! A statement a dry run does not run because its effect would land outside the scratch:
    on another database, on the server, in a file or on another server. */
struct NotRehearsable
{
    SourceLocation location; ///< of the token that escapes
    QString kind;            ///< stable id: "other-database", "switch-database", "account", …
    QString reason;          ///< for people
    QString sql;             ///< the statement

    /*! "file:line:column: not rehearsable on a copy: reason" */
    QString toString() const;
    QJsonObject toJson() const;
};

/*! Tells, from a statement's tokens, whether running it in a dry run could change anything
    outside the scratch: for MySQL/MariaDB statements that name another database, switch
    database or act on the server (accounts, grants, global variables, databases, plugins,
    events, servers, tablespaces, replication, server files, FLUSH/KILL/RESET/PURGE/SHUTDOWN,
    dynamic SQL whose text cannot be checked); for SQLite ATTACH, VACUUM INTO and
    load_extension(); for PostgreSQL what acts outside the transaction or the database
    (dblink, writes to foreign tables, COPY with a program or a server file, large object
    files, backend signals, ALTER SYSTEM, databases, tablespaces, session advisory locks).
    Bodies of routines, triggers and events are read too. It learns as it goes (the
    foreign tables a script creates), so one instance reads one run's statements in order. */
class Containment
{
public:
    explicit Containment(ContainmentScope scope);

    std::optional<NotRehearsable> check(const Statement &statement);
    /*! The first escape in a routine's definition (PostgreSQL: pg_get_functiondef), read
        like a statement; its reason alone, for the routine's entry in the scope. */
    std::optional<QString> escapeIn(const QString &definition);
    const ContainmentScope &scope() const { return m_scope; }

private:
    ContainmentScope m_scope;
};

} // namespace godwit
