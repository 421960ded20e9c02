#pragma once

#include "connection.h"

#include "i18n/message.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QSqlQuery;

namespace godwit {

struct StatementRun;

/*! A lock the dry run's session holds after a statement, as the server names it. */
struct HeldLock
{
    QString relation;      ///< the table, index or sequence
    QString kind;          ///< "table", "index", "sequence", "view", …
    QString mode;          ///< PostgreSQL's name: AccessExclusiveLock, ShareLock, …
    bool acquired = false; ///< first taken by this statement (else held since an earlier one)
    qint64 objectId = 0;   ///< the server's id for it (PostgreSQL: the oid), to name a dropped one
    /*! Held only while its statement ran, not to the COMMIT (MySQL's DDL: seen from a
        second session, see StatementWatch). */
    bool statementOnly = false;
    /*! The statement waited for it: it queues behind every open transaction that touched
        the relation, and every later query on it queues behind the statement. */
    bool waited = false;

    QJsonObject toJson() const;
};

/*! Where a table's rows are stored and how much of it there is: a statement that changes
    the storage (PostgreSQL: a new relfilenode) rewrote the table. */
struct TableStorage
{
    qint64 objectId = 0; ///< the server's id for the table (PostgreSQL: the oid)
    qint64 node = 0;
    qint64 bytes = -1;
    qint64 rows = -1; ///< the catalog's estimate
};

/*! A table a statement rewrote, with its size before (from the statistics; measured after the
    statement where there were none; on a schema copy, whose tables are empty, the target's). */
struct Rewrite
{
    QString table;
    qint64 bytes = -1;
    qint64 rows = -1;

    QJsonObject toJson() const;
    Message message() const; ///< "rewrites orders (12.4 MB, about 120,000 rows)"
};

/*! What a second session saw of one statement (EngineDriver::statementWatch). */
struct WatchedStatement
{
    QList<HeldLock> locks; ///< held or waited for while it ran, each statementOnly
    /*! The ALTER algorithm the server accepted, first of INSTANT, NOCOPY, INPLACE with
        LOCK=NONE, SHARED or EXCLUSIVE, else COPY; "as written" where the statement names
        one; empty for other statements. */
    QString algorithm;
    double waitedMs = 0; ///< how long it waited for the watching session (not a cost of its own)
    double ranMs = -1;   ///< the run that counts, timed alone (-1: not run)
};

/*! Runs a dry run's statements where running them plainly shows less than the server can
    tell: MySQL's DDL ends its metadata locks with the statement, so a second session holds
    a shared lock on the tables it names and reads what it takes and waits for, and an ALTER
    is first issued with the algorithms the server may refuse. */
class StatementWatch
{
public:
    virtual ~StatementWatch() = default;
    /*! Runs sql through q, the dry run's own session; tables: those it names that exist. */
    virtual bool exec(QSqlQuery &q, const QString &sql, const QStringList &tables, WatchedStatement &seen) = 0;
};

/*! What the statements of one migration hold and rewrite, read after each one (see
    EngineDriver::heldLocks and tableStorage); engines that show neither trace nothing. */
class LockTrace
{
public:
    explicit LockTrace(Connection &connection);
    ~LockTrace();

    /*! Before a migration's first statement: the locks already held, where the step runs
        inside the dry run's transaction (which holds the earlier migrations' locks: one
        that a later migration takes again is not seen again). Outside, none are. */
    void startStep(bool insideTransaction);
    /*! Before a statement: the storage of the tables it names (not for SET, which must
        come first in its transaction and rewrites nothing). */
    void beforeStatement(const QString &sql);
    /*! Runs it, through the engine's StatementWatch where it has one; sets run's duration. */
    bool exec(QSqlQuery &q, const QString &sql, StatementRun &run);
    /*! After it succeeded: the locks held now, those it took marked, and what it rewrote. */
    void afterStatement(StatementRun &run);
    /*! The time its own queries and the waits for the watching session took, so far. */
    double spentMs() const { return m_spentMs; }

private:
    Connection &m_connection;
    bool m_enabled = false;
    QList<HeldLock> m_held;
    QStringList m_named;
    QHash<QString, TableStorage> m_storage;
    QHash<QString, TableStorage> m_dropped; ///< by the step's statements so far, by lowered name
    std::unique_ptr<StatementWatch> m_watch;
    WatchedStatement m_watched;
    double m_spentMs = 0;
};

/*! For people: "AccessExclusiveLock on orders: blocks reads and writes of orders until the
    migration commits (held 4.10 ms in the dry run)"; empty for a lock every read takes. A
    lock is seen after its statement only in a transaction, which holds it to the COMMIT. */
Message lockSentence(Dialect dialect, const HeldLock &lock, double holdMs);

/*! What the dry run measured of one statement, for people: a short tag for a column
    ("EXCLUSIVE orders", "ALGORITHM=COPY", "rewrites orders") and its sentence. */
struct Measured
{
    QString tag;
    Message words;
};
struct StepRun;
/*! The locks statement (0-based) of step took (those every read takes left out), the ALTER
    algorithm the server accepted, the tables it rewrote; the same in the CLI and the window. */
QList<Measured> measured(Dialect dialect, const StepRun &step, qsizetype statement);

/*! How long a lock a migration's statement index (0-based) took is held in a run like the
    dry run's: from the statement's start to the migration's COMMIT, or while the statement
    runs for one held only by it. */
double lockHoldMs(const StepRun &step, qsizetype statement, const HeldLock &lock);

} // namespace godwit
