#pragma once

#include "snapshot.h"

#include "i18n/message.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace godwit {

/*! A rename a statement says happened (ALTER TABLE … RENAME COLUMN a TO b): the diff shows
    it as a rename, not as a drop and an add. Only statements give certainty; two snapshots
    alone never do. */
struct RenameHint
{
    enum class Kind { Table, Column, Index, View, Sequence, Type, Constraint, Trigger };
    Kind kind = Kind::Table;
    QString table; ///< for a column, constraint or trigger: its table (old or new name)
    QString from;
    QString to;

    bool operator==(const RenameHint &) const = default;
};

/*! The renames one statement makes, read by PostgreSQL's parser (RenameStmt) or, for SQLite
    and MySQL, from ALTER TABLE … RENAME [COLUMN|INDEX|KEY] … TO …, RENAME TABLE and MySQL's
    CHANGE COLUMN old new. */
QList<RenameHint> renameHints(Dialect dialect, const QString &sql);

/*! One structural difference.
    - additive: something new, or a rule relaxed (NOT NULL dropped, enum label appended);
      existing rows and queries are untouched;
    - rewriting: an existing object changes (type, nullability, default, constraint or
      definition, renames): rows are re-checked or rewritten, or clients must follow;
    - destructive: an object, and with a table or column its data, is removed. */
struct SchemaChange
{
    enum class Class { Additive, Rewriting, Destructive };
    enum class Action { Add, Drop, Change, Rename };
    Class changeClass = Class::Additive;
    Action action = Action::Add;
    QString objectKind; ///< table, column, constraint, index, view, sequence, enum, trigger, function, procedure
    QString table;      ///< the owning table for columns, constraints, indexes and triggers
    QString name;       ///< the name before (old name of a rename)
    QString newName;    ///< renames only
    QString before;     ///< normalized DDL before (empty for an add)
    QString after;      ///< normalized DDL after (empty for a drop)
    Message detail;     ///< what changed, for a Change ("type integer → bigint")

    /*! "add index idx_orders_status on orders", "drop column orders.note", … */
    Message description() const;
    QJsonObject toJson() const;
};

QString changeClassId(SchemaChange::Class c);
/*! The class in the reader's language ("additive", "ergänzend", "additif"). */
QString changeClassText(SchemaChange::Class c);
/*! An object kind ("column", "index", …) in the reader's language. */
QString objectKindText(const QString &kind);
QString changeActionId(SchemaChange::Action a);

struct SchemaDiff
{
    QList<SchemaChange> changes;

    bool isEmpty() const { return changes.isEmpty(); }
    int count(SchemaChange::Class c) const;
    QJsonObject toJson() const;
};

/*! The structural difference from before to after (both normalized), in a stable order
    (by object kind, then name). Renames are recognized only from hints. */
SchemaDiff diffSnapshots(const Snapshot &before, const Snapshot &after, const QList<RenameHint> &renames = {});

/*! A unified diff (3 lines of context) of two texts, line by line, through dtl; empty when
    they are equal. */
QString unifiedDiff(const QString &before, const QString &after, const QString &beforeLabel,
                    const QString &afterLabel);

} // namespace godwit
