#pragma once

#include "database/auditchain.h"
#include "database/backup.h"
#include "database/connection.h"
#include "database/dryrunmethod.h"
#include "database/introspection.h"
#include "database/locktrace.h"
#include "database/scratchdatabase.h"
#include "database/tablestats.h"
#include "database/transactions.h"

#include "sql/containment.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <atomic>

namespace godwit {

/*! Where a running statement can be stopped from: read on the connection's own thread
    (Interrupter), used from any. */
struct InterruptTarget
{
    void *handle = nullptr; ///< SQLite's sqlite3*
    qint64 session = 0;     ///< PostgreSQL's backend pid, MySQL's connection id
};

/*! What differs per engine, behind one interface: how to connect and set up a session, the
    server's version, how a migration's transaction begins, how to stop a running
    statement, how to read the schema, the run lock, what a transaction cannot hold, what
    a dry run must keep in, scratch databases and the dry-run methods, the DDL and locks of
    Godwit's history and audit tables, and backups. One implementation per engine, each in
    a folder of its own under drivers/ (sqlite, postgresql, mysql); adding an engine is
    adding a folder and its line in engineDriver(). */
class EngineDriver
{
public:
    virtual ~EngineDriver() = default;

    virtual Dialect dialect() const = 0;
    /*! The QtSql driver: QSQLITE, QPSQL, QMYSQL. */
    virtual QString qtDriver() const = 0;
    /*! Before connecting: why spec cannot be opened (SQLite: its folder is missing), or, for
        a read-only open of a database that does not exist yet, *missing set. */
    virtual Message precheck(const ConnectionSpec &spec, bool readOnly, bool *missing) const;
    /*! Names the target on db (the file; or host, port, database, user, password) and sets
        the driver's connect options (timeouts, keepalives, and the profile's or URL's own). */
    virtual void address(QSqlDatabase &db, const ConnectionSpec &spec, bool readOnly,
                         const ConnectOptions &options) const = 0;
    /*! Right after connecting: the session settings (through bound values) and, where the
        engine has schemas, the one that holds Godwit's tables. Empty, or why not. */
    /*! A failed login's error says the server wants a password (none given, or a wrong one):
        the faces ask for one. */
    virtual bool wantsPassword(const QSqlError &error) const;
    virtual Message startSession(QSqlDatabase &db, const ConnectOptions &options, QString *historySchema) const;
    /*! PostgreSQL's server_version_num; 0 where the engine has none. */
    virtual int serverVersionNumber(QSqlDatabase &db) const;
    /*! MySQL's VERSION(); empty where the engine has none. */
    virtual QString serverVersion(QSqlDatabase &db) const;
    /*! The statement that opens the transaction a migration runs in. */
    virtual QString beginTransaction() const;
    virtual InterruptTarget interruptTarget(Connection &connection) const = 0;
    /*! Stops the statement running on connection now; safe from any thread. */
    virtual void interrupt(const Connection &connection, const InterruptTarget &target) const = 0;
    /*! The schema the connection works in: see introspect(). */
    virtual Introspection introspect(Connection &connection) const = 0;
    /*! Only the objects named in names (lower case) and those on a table named there, where
        nothing a statement does reaches an object it does not name (no cascades, no renames
        rewritten into other objects); nullopt where the engine cannot promise that. */
    virtual std::optional<Introspection> introspectNamed(Connection &connection, const QStringList &names) const;
    /*! How big table is, from the engine's catalog where it keeps one (see TableStats). */
    virtual std::optional<TableStats> tableStats(Connection &connection, const QString &table) const = 0;
    /*! The column definition of an id that the database numbers: Godwit's audit log's key. */
    virtual QString identityColumn(const QString &name) const = 0;

    // The run lock (database/runlock.h): held on a server for a whole run.

    /*! Whether a run holds a lock for its whole length; false on SQLite, where each migration
        takes the write lock when its transaction begins. */
    virtual bool hasRunLock() const;
    /*! One try at the run lock of connection's history: 1 taken, 0 held by another, -1 an
        error (error set). */
    virtual int tryRunLock(Connection &connection, QString *error) const;
    /*! How long to wait between two tries; 0 where a try waits by itself. */
    virtual int runLockPauseMs() const;
    /*! Releases the run lock; empty, or the server's message. */
    virtual QString releaseRunLock(Connection &connection) const;
    /*! Who holds the run lock, in words (session, user, host, program); empty when it cannot
        be told. */
    virtual QString runLockHolder(Connection &connection) const;

    // Transactions (database/transactions.h) and containment (database/containmentscope.h).

    /*! See godwit::noTransactionReason(); hints comes sized, one empty string per statement. */
    virtual QString noTransactionReason(const Connection &connection, const QList<Statement> &statements,
                                        QStringList &hints) const;
    /*! See godwit::inTransactionForm(). */
    virtual InTransaction inTransactionForm(const Connection &connection, const QString &sql) const;
    /*! See godwit::sessionInTransaction(). */
    virtual bool sessionInTransaction(Connection &connection) const;
    /*! Adds to scope what the server holds outside the dry run's scratch (read on target) or
        transaction (read on work); empty, or why part of it could not be read. */
    virtual QString readContainmentScope(Connection &target, Connection &work, ContainmentScope &scope) const;

    // Scratch and shadow databases (database/scratchdatabase.h) and dry-run methods
    // (database/dryrunmethod.h).

    /*! Whether a scratch database is a database on the target's server, held by an owner
        session (see ScratchDatabase); else a file in a temporary folder. */
    virtual bool scratchOnServer() const;
    /*! The scratch databases on target's server (godwit_scratch_…), by name. */
    virtual QStringList scratchDatabases(Connection &target) const;
    /*! The letter before the owner session's number in a scratch database's name: p for
        PostgreSQL's backend pid, c for MySQL's connection id. */
    virtual QChar scratchOwnerMark() const;
    /*! The number of owner's session; nullopt with error set when it cannot be read. */
    virtual std::optional<qint64> sessionNumber(Connection &owner, QString *error) const;
    /*! Marks owner's session as the owner of the scratch database name before it is made;
        false with error set when it cannot. */
    virtual bool markScratchOwner(Connection &owner, const QString &name, QString *error) const;
    /*! Whether the session numbered owner that made the scratch database name is alive; what
        cannot be asked is taken as alive, so that nothing is dropped on a guess. */
    virtual bool scratchOwnerAlive(Connection &connection, const QString &name, qint64 owner) const;
    /*! The statement that creates the database name beside owner's. */
    virtual QString createDatabaseStatement(Connection &owner, const QString &name) const;
    /*! The statement that drops the database name, whoever is connected to it. */
    virtual QString dropDatabaseStatement(const QString &name) const;
    /*! Copies target into the new scratch (a file or a database) before it is opened:
        SQLite's file copy, PostgreSQL's schema copy with sample's rows where one is asked.
        Empty, or why not. */
    virtual QString copyBeforeOpening(Connection &target, const QString &scratch, ScratchDatabase::Content content,
                                      const std::atomic_bool *cancel, RowSample *sample) const;
    /*! Copies target into the scratch name once it is open: MySQL's schema copy, which leaves
        out, in notRehearsable, what reaches outside the scratch, and takes sample's rows
        where one is asked. Empty, or why not. */
    virtual QString copyAfterOpening(Connection &target, Connection &scratch, const QString &name,
                                     ScratchDatabase::Content content, QList<NotRehearsable> &notRehearsable,
                                     RowSample *sample, const std::atomic_bool *cancel) const;
    /*! The method DryRunMethod::Auto takes on the engine, and why. */
    virtual DryRunMethodChoice autoDryRunMethod(bool production) const = 0;
    /*! Why no transaction can hold a dry run on the engine; empty where one can. */
    virtual QString noTransactionalDryRun() const;
    /*! What the notes of a dry run say about its method (see godwit::dryRunMethodNotes()). */
    virtual QList<Message> dryRunMethodNotes(const DryRunMethodChoice &choice, bool production) const;

    // Godwit's history and audit tables (database/historystore.h, database/auditchain.h).

    /*! The schema or database that holds Godwit's tables, as SQL text qualifies them: the
        history schema on PostgreSQL (else the current one), the current database on MySQL;
        empty on SQLite. Read once, before a migration can move the session elsewhere. */
    virtual QString historyQualifier(Connection &connection) const;
    /*! The schema (PostgreSQL's current_schema()) or database (MySQL's DATABASE()) that an
        unqualified name means in this session, where other tools keep their history tables;
        empty on SQLite. */
    virtual QString sessionQualifier(Connection &connection) const;
    /*! The qualifier of sqitch's registry (its changes table): the schema "sqitch" on
        PostgreSQL, the database "sqitch" on MySQL; on SQLite its own file beside the
        database's (app.db → sqitch.db), attached as "sqitch" when it is there. Empty when
        there is none. */
    virtual QString sqitchRegistry(Connection &connection) const;
    /*! After reading it: SQLite detaches the registry's file, so that a run's writes never
        lock it against sqitch. */
    virtual void releaseSqitchRegistry(Connection &connection) const;
    /*! What sqitch's registry records as the moment a row is committed (committed_at), as
        sqitch writes it on this engine. */
    virtual QString sqitchNow() const = 0;
    /*! A planned time (planned_at) as the value sqitch binds for it: here "YYYY-MM-DD
        hh:mm:ss" in UTC. */
    virtual QVariant sqitchTime(const QDateTime &at) const;
    /*! One of the events table's lists (tags, requires, conflicts) as SQL, its values
        appended to values: here one text, the items joined by separator. */
    virtual QString sqitchList(const QStringList &items, const QString &separator, QVariantList &values) const;
    /*! Whether the table name exists in qualifier; qualifiedTable is how SQL text names it. */
    virtual bool tableExists(Connection &connection, const QString &qualifier, const QString &name,
                             const QString &qualifiedTable) const = 0;
    /*! Whether that table has the column column. */
    virtual bool hasColumn(Connection &connection, const QString &qualifier, const QString &name,
                           const QString &qualifiedTable, const QString &column) const = 0;
    /*! What follows the columns of Godwit's CREATE TABLEs: MySQL's engine and character set. */
    virtual QString tableOptions() const;
    /*! What makes the audit log's SELECT of its last row lock it until the transaction ends,
        where lockAuditLog() alone does not (MySQL: FOR UPDATE). */
    virtual QString lockingRead() const;
    // The dry run's round trip (database/rowkeeper.h).

    /*! SQL true where the values a and b differ, NULL equal to NULL. */
    virtual QString valuesDiffer(const QString &a, const QString &b) const;
    /*! A column's value as the round trip compares it (PostgreSQL: its text, since json and
        point have no equality). */
    virtual QString comparable(const QString &expression) const;
    /*! Indexes the session's temporary table copy on columns (quoted) under index name. */
    virtual QString indexTemporaryTable(const QString &copy, const QString &name, const QString &columns) const;
    /*! Drops the session's temporary table name. */
    virtual QString dropTemporaryTable(const QString &name) const;
    /*! Whether heldLocks() and tableStorage() tell anything on this engine. */
    virtual bool tracesLocks() const;
    /*! The locks on the schema's relations the session holds now. */
    virtual QList<HeldLock> heldLocks(Connection &connection) const;
    /*! The storage of those of the named tables that exist, by name; the sizes from the
        catalog's statistics, or exact (which may lock the tables for the transaction). */
    virtual QHash<QString, TableStorage> tableStorage(Connection &connection, const QStringList &tables,
                                                      bool exact = false) const;
    /*! What a lock of that mode on relation keeps other sessions from doing, in words; empty
        for a lock every read takes, which the faces for people leave out. */
    virtual Message lockEffect(const HeldLock &lock) const;
    /*! The second session that watches a dry run's statements on connection, where the
        engine needs one (see StatementWatch); nullptr elsewhere. */
    virtual std::unique_ptr<StatementWatch> statementWatch(Connection &connection) const;
    /*! The statements that make the audit table qualifiedTable refuse edits (see
        protectAuditTable()); schema holds PostgreSQL's function. */
    virtual AuditProtection auditProtection(const QString &schema, const QString &qualifiedTable) const = 0;
    /*! How many of the triggers names the table has, or -1 with error set. */
    virtual int countTriggers(Connection &connection, const QString &qualifiedTable, const QStringList &names,
                              QString *error) const;
    /*! The statement that drops the trigger name of qualifiedTable, if it exists. */
    virtual QString dropTriggerStatement(const QString &name, const QString &qualifiedTable) const;
    /*! Keeps other writers of the audit log out until the transaction ends (see
        AuditSerializer), opening one where none is open; opened says what it opened. False
        with error set when it cannot. */
    virtual bool lockAuditLog(Connection &connection, const QString &qualifiedTable, AuditOpened &opened,
                              QString *error) const = 0;

    // Backups (database/backup.h).

    /*! What a backup file's name starts with: the database's name, or the SQLite file's. */
    virtual QString backupName(const ConnectionSpec &target) const;
    /*! Backs target up into a new file in directory whose name starts with base, filling b's
        file, tool, its version and the restore command. False when b is final (an error
        before the backup was taken); true once it ran, b.error saying whether it failed. */
    virtual bool backUp(const ConnectionSpec &target, const ConnectOptions &options, const QString &directory,
                        const QString &base, const std::atomic_bool *cancel, Backup &b) const = 0;
    /*! Restores backup into target, replacing what is there. Empty on success, else why. */
    virtual QString restore(const ConnectionSpec &target, const ConnectOptions &options, const Backup &backup) const = 0;
    /*! A client program's arguments for server's host, port and user. */
    virtual QStringList clientArguments(const ConnectionSpec &server) const;
    /*! The environment variable client programs read the password from. */
    virtual QString clientPasswordVariable() const;

protected:
    /*! Runs sql on connection; false with error set when it fails. */
    static bool execute(Connection &connection, const QString &sql, QString *error);
};

/*! The driver of an engine. */
const EngineDriver &engineDriver(Dialect dialect);

} // namespace godwit
