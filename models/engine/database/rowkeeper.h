#pragma once

#include "connection.h"

#include "i18n/message.h"
#include "migrations/migration.h"
#include "schema/snapshot.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace godwit {

/*! What a migration's up and down did to one table's rows, compared with the rows before
    the up: rows lost, rows added, or the rows whose value in one column changed. */
struct RowResidue
{
    QString table;
    QString column;   ///< changed rows only
    qint64 lost = 0;  ///< rows (by primary key, else by their values) that are gone
    qint64 added = 0; ///< rows that were not there
    qint64 changed = 0;

    QJsonObject toJson() const;
    /*! "0005's down changes 312 rows of users.email" for the step version. */
    Message message(const QString &version) const;
};

/*! Copies of a few tables' rows taken on the dry run's connection before a migration's up
    (temporary tables: not in the schema read, gone with the session), to say after its down
    what the round trip did to them. Tables over rowLimit rows are counted, not copied. */
class RowKeeper
{
public:
    static constexpr qint64 rowLimit = 100000;

    /*! Keeps the rows of tables (names of before's tables); what cannot be kept is a note.
        insideTransaction: each query runs under a savepoint, so a failure aborts nothing. */
    RowKeeper(Connection &work, bool insideTransaction, const Snapshot &before, const QStringList &tables,
              QList<Message> &notes);
    ~RowKeeper();
    RowKeeper(const RowKeeper &) = delete;
    RowKeeper &operator=(const RowKeeper &) = delete;

    /*! What differs now in the rows kept, for the tables that after (the schema now) still
        has; the columns compared are those both schemas have with the same type.
        insideTransaction: as for the constructor, for the transaction open now. */
    QList<RowResidue> compare(const Snapshot &after, bool insideTransaction, QList<Message> &notes);

private:
    struct Kept
    {
        Table table;  ///< as it was before
        QString copy; ///< the temporary table, quoted
        qint64 rows = 0;
    };

    Connection &m_work;
    bool m_guarded = false;
    QString m_schema;
    QList<Kept> m_kept;
};

/*! The names a migration's up and down scripts could mean: identifierWords() of each
    statement. */
QSet<QString> migrationWords(const Migration &m, Dialect dialect);

/*! The tables of snapshot whose names are among words (identifierWords() of a migration's
    statements): those it can touch, directly (a trigger that writes elsewhere is not followed). */
QStringList tablesNamed(const Snapshot &snapshot, const QSet<QString> &words);

} // namespace godwit
