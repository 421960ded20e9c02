#pragma once

#include "i18n/message.h"
#include "sql/sourcetext.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace godwit {

enum class Severity { Info, Warning, Error };

QString severityId(Severity severity);
std::optional<Severity> severityFromId(const QString &id);

/*! One lint result: which rule, how bad, where, why it is dangerous on this engine and the
    safe way to do it. A suppressed finding is kept, with the reason, for the report. */
struct Finding
{
    QString rule;
    Severity severity = Severity::Warning;
    SourceLocation location;
    Message message; ///< what this statement does: "drops column customers.name"
    Message why;     ///< why that is dangerous here
    Message recipe;  ///< the safe way
    QString statement; ///< the statement's first line, for context
    bool suppressed = false;
    QString suppression; ///< the reason written after godwit:ignore
    /*! What the target's data says (read-only queries): "will fail: 312 duplicate (email)
        values", the table's size for a statement that takes a lock. */
    Message data;
    QString table;       ///< what the data-aware checks read
    QStringList columns;
    QString misfit;
    QString newType;

    /*! Machine output: the words in English (Message::english()). */
    QJsonObject toJson() const;
};

} // namespace godwit
