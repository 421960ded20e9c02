#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlQuery;

namespace godwit {

/*! Rows of the target copied into a schema copy, so that a dry run's statements work on
    some rows and their times scale to the target's (see estimateRun()). The tables named by
    words are sampled, with the tables their foreign keys reference; each takes its first rows
    up to maxRows and maxBytes, and rows whose parents were not taken are deleted again, so
    the copy's foreign keys hold. Nothing is written to the target. */
struct RowSample
{
    QSet<QString> words; ///< identifierWords() of the plan's scripts
    qint64 maxRows = 50000;
    qint64 maxBytes = 32 * 1024 * 1024;
    QHash<QString, qint64> rows; ///< out: the rows each sampled table holds in the copy
    QString error;               ///< out: why no rows were copied (the copy goes on without)

    /*! The first rows of a table whose rows are width bytes wide on average that fit. */
    qint64 limitFor(qint64 width) const;
};

/*! One of the target's tables, as a sample names it. */
struct SampledTable
{
    QString name; ///< as the schema snapshot names it: the key of RowSample::rows
    QString sql;  ///< quoted (and qualified where it must be) for statements
    QString word; ///< its bare name, lowered, as identifierWords() gives it
    QString reading;     ///< how a SELECT reads its own rows only (PostgreSQL: ONLY sql); empty: sql
    QStringList columns; ///< its stored columns, quoted (not generated ones)
    qint64 limit = 0;    ///< the rows it takes
};

/*! A foreign key between two of the target's tables (SampledTable::sql), its columns quoted
    and in order. */
struct SampleKey
{
    QString child;
    QString parent;
    QStringList childColumns;
    QStringList parentColumns;
};

/*! Of tables, those named by words and those their keys reference, parents before children
    where the keys allow it (a cycle goes in the order given). */
QList<SampledTable> tablesToSample(const QList<SampledTable> &tables, const QSet<QString> &words,
                                   const QList<SampleKey> &keys);

/*! The engine's statement that deletes the rows of key.child that reference no row of
    key.parent: notNull holds when every column of the key is set (a key with a NULL column
    references nothing); on matches a parent row p to a child row c. */
using OrphanStatement = std::function<QString(const SampleKey &key, const QString &notNull, const QString &on)>;

/*! Deletes, pass after pass, the rows of the sampled tables whose parents are not in the
    copy. False, with why, when they keep turning up or a statement fails. */
bool deleteOrphans(QSqlQuery &copy, const QList<SampledTable> &sampled, const QList<SampleKey> &keys,
                   const OrphanStatement &statement, QString *error);

} // namespace godwit
