#pragma once

#include "connection.h"
#include "i18n/message.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace godwit {

/*! One PostgreSQL sequence as a dry run found it before it ran. */
struct SequenceValue
{
    QString schema;
    QString name;
    QVariant lastValue; ///< null: never used yet, or not readable
    bool readable = true; ///< the user may read it (SELECT): else its value is unknown
};

/*! PostgreSQL does not roll sequences back: nextval() in a rolled-back transaction still
    counts. Every sequence of the database, in every schema, is read before a dry run
    (sequenceValues) and put back after it (restoreSequences), unless another session moved
    it meanwhile (then putting it back could hand out a value twice). */
QList<SequenceValue> sequenceValues(Connection &connection);

/*! Puts back what the dry run moved; one sentence per sequence it moved, and one per
    sequence it could not read or put back, naming it schema-qualified. */
QList<Message> restoreSequences(Connection &connection, const QList<SequenceValue> &before);

} // namespace godwit
