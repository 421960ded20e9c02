#pragma once

#include "connection.h"
#include "rowsample.h"
#include "i18n/message.h"

#include "sql/containment.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QTemporaryDir;

namespace godwit {

/*! A database that lives for one dry run, replay or drift check beside the target, and is
    dropped when this object goes: after success, failure and cancel alike. What differs per
    engine is in its driver (EngineDriver::scratchOnServer and what follows it). SQLite: a
    file in a temporary folder; PostgreSQL and MySQL: a database on the target's server (the
    user needs the right to create databases), held by an owner session of its own and named
    after it, so that a later run can tell one whose run died (kill -9, a lost machine):
    - PostgreSQL: godwit_scratch_p<backend pid>_<target>_<random> (target: a short hash of
      the target database's name); the owner session's application_name is that name. It is alive while pg_stat_activity shows that pid with
      that application_name (visible to every user; a reused pid has another name).
    - MySQL/MariaDB: godwit_scratch_c<connection id>_<target>_<random>; the owner session holds
      GET_LOCK(name). It is alive while IS_FREE_LOCK(name) is 0: the server frees the lock
      when the session ends however it ends, and, unlike PROCESSLIST, it needs no PROCESS
      privilege to see another user's session. */
class ScratchDatabase
{
public:
    enum class Content {
        Empty,      ///< nothing in it: a replay of the history starts here
        Copy,       ///< SQLite: the target's file, schema and data, through VACUUM INTO
        SchemaCopy, ///< MySQL/MariaDB: the target's tables, views, triggers and routines, from SHOW CREATE;
                    ///< PostgreSQL: pg_dump --schema-only of the target, restored with psql
    };

    struct Create
    {
        std::unique_ptr<ScratchDatabase> scratch;
        QString error;
        QList<Message> notes; ///< leftovers of dead runs dropped first (see dropLeftovers)
    };
    /*! sample (SchemaCopy only, where the driver can copy rows): rows of the tables the plan
        names, filled in as it is done. */
    static Create create(Connection &target, Content content, const std::atomic_bool *cancel = nullptr,
                         RowSample *sample = nullptr);

    /*! Drops the scratch databases made for target's database whose owner session is gone,
        never one whose owner is alive; says what it dropped ("dropped godwit_scratch_… left by a
        run that died"), could not drop, or cannot tell (a name without an owner). A file
        scratch's temporary folder is named godwit-scratch-<pid>-… and its owner.lock is held
        (flock) while the run lives: the folders of this user whose lock is free are removed. */
    static QList<Message> dropLeftovers(Connection &target);

    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    Connection &connection() { return *m_connection; }
    QString name() const { return m_name; }
    /*! Triggers and routines of the target that were not copied because their bodies reach
        outside the scratch (a trigger writing another database would fire in the copy). */
    const QList<NotRehearsable> &notRehearsable() const { return m_notRehearsable; }

private:
    explicit ScratchDatabase(Connection &target);
    QString createOnServer();

    Connection &m_target;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_ownerLock = -1; ///< a file scratch: the flock its folder's owner.lock holds while this lives
    std::unique_ptr<Connection> m_owner; ///< servers: the session that creates, holds and drops it
    std::unique_ptr<Connection> m_connection;
    QString m_name; ///< the server database's name, or the SQLite file
    bool m_created = false;
    QList<NotRehearsable> m_notRehearsable;
};

} // namespace godwit
