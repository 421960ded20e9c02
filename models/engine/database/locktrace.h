#pragma once

#include "connection.h"

#include "i18n/message.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace godwit {

/*! A lock the dry run's session holds after a statement, as the server names it. */
struct HeldLock
{
    QString relation;      ///< the table, index or sequence
    QString kind;          ///< "table", "index", "sequence", "view", …
    QString mode;          ///< PostgreSQL's name: AccessExclusiveLock, ShareLock, …
    bool acquired = false; ///< first taken by this statement (else held since an earlier one)
    qint64 objectId = 0;   ///< the server's id for it (PostgreSQL: the oid), to name a dropped one

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
    statement where there were none). */
struct Rewrite
{
    QString table;
    qint64 bytes = -1;
    qint64 rows = -1;

    QJsonObject toJson() const;
    Message message() const; ///< "rewrites orders (12.4 MB, about 120,000 rows)"
};

/*! What the statements of one migration hold and rewrite, read after each one (see
    EngineDriver::heldLocks and tableStorage); engines that show neither trace nothing. */
class LockTrace
{
public:
    explicit LockTrace(Connection &connection);

    /*! Before a migration's first statement: the locks already held, where the step runs
        inside the dry run's transaction (which holds the earlier migrations' locks: one
        that a later migration takes again is not seen again). Outside, none are. */
    void startStep(bool insideTransaction);
    /*! Before a statement: the storage of the tables it names (not for SET, which must
        come first in its transaction and rewrites nothing). */
    void beforeStatement(const QString &sql);
    /*! After it succeeded: the locks held now, those it took marked, and what it rewrote. */
    void afterStatement(QList<HeldLock> &locks, QList<Rewrite> &rewrites);
    /*! The time its own queries took, so far. */
    double spentMs() const { return m_spentMs; }

private:
    Connection &m_connection;
    bool m_enabled = false;
    QList<HeldLock> m_held;
    QStringList m_named;
    QHash<QString, TableStorage> m_storage;
    double m_spentMs = 0;
};

/*! For people: "AccessExclusiveLock on orders: blocks reads and writes of orders until the
    migration commits (held 4.10 ms in the dry run)"; empty for a lock every read takes. A
    lock is seen after its statement only in a transaction, which holds it to the COMMIT. */
Message lockSentence(Dialect dialect, const HeldLock &lock, double holdMs);

/*! How long a lock a migration's statement index (0-based) took is held in a run like the
    dry run's: from the statement's start to the migration's COMMIT. */
struct StepRun;
double lockHoldMs(const StepRun &step, qsizetype statement);

} // namespace godwit
