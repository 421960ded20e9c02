#pragma once

#include "connection.h"

#include "sql/containment.h"

#include <QString>

#include <memory>

class QTemporaryDir;

namespace godwit {

/*! A database that lives for one dry run, replay or drift check beside the target, and is
    dropped when this object goes: after success, failure and cancel alike. SQLite: a file
    in a temporary folder; PostgreSQL and MySQL: a database named godwit_scratch_<random> on
    the target's server (the user needs the right to create databases). */
class ScratchDatabase
{
public:
    enum class Content {
        Empty,      ///< nothing in it: a replay of the history starts here
        Copy,       ///< SQLite: the target's file, schema and data, through VACUUM INTO
        SchemaCopy, ///< MySQL/MariaDB: the target's tables, views, triggers and routines, from SHOW CREATE
    };

    struct Create
    {
        std::unique_ptr<ScratchDatabase> scratch;
        QString error;
    };
    static Create create(Connection &target, Content content);

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
    QString copyMysqlSchema();

    Connection &m_target;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Connection> m_connection;
    QString m_name; ///< the server database's name, or the SQLite file
    bool m_created = false;
    QList<NotRehearsable> m_notRehearsable;
};

} // namespace godwit
