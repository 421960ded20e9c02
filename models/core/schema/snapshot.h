#pragma once

#include "sql/dialect.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace godwit {

/*! A normalized model of one schema at one moment: what introspection reads from the
    catalogs of SQLite, PostgreSQL and MySQL/MariaDB, without Godwit's own history tables.
    Every list is kept sorted by name (columns in their table's order), so that two
    snapshots of the same schema are equal and print the same DDL, whatever the catalog's
    order. Text fields hold what the server prints (types, defaults, expressions), with
    whitespace collapsed. */
struct Column
{
    QString name;
    QString type;
    bool notNull = false;
    QString defaultValue; ///< empty: none
    QString generated;    ///< the generation expression; empty: a plain column
    QString generatedKind; ///< "STORED" or "VIRTUAL"
    QString extra;        ///< identity, AUTO_INCREMENT, ON UPDATE …
    QString collation;    ///< only when it is not the type's or table's default

    bool operator==(const Column &) const = default;
};

struct Constraint
{
    enum class Kind { PrimaryKey, Unique, Check, ForeignKey, Exclusion };
    Kind kind = Kind::Check;
    QString name;       ///< empty where the engine names none (SQLite)
    QStringList columns;
    QString expression; ///< CHECK and EXCLUDE: the definition
    QString refTable;   ///< FOREIGN KEY
    QStringList refColumns;
    QString onUpdate; ///< "NO ACTION", "CASCADE", …
    QString onDelete;

    /*! The name, or for an unnamed constraint a key made from what it constrains. */
    QString key() const;
    bool operator==(const Constraint &) const = default;
};

struct Table
{
    QString name;
    QList<Column> columns;
    QList<Constraint> constraints;

    const Column *column(const QString &name) const;
    bool operator==(const Table &) const = default;
};

struct Index
{
    QString name;
    QString table;
    QStringList keys; ///< columns or expressions, with DESC / COLLATE where given
    bool unique = false;
    QString predicate; ///< partial index: the WHERE expression
    QString method;    ///< btree, gin, hash, BTREE …
    bool valid = true; ///< PostgreSQL: false for an INVALID index left by a failed CONCURRENTLY

    bool operator==(const Index &) const = default;
};

struct View
{
    QString name;
    QString definition;
    bool materialized = false;

    bool operator==(const View &) const = default;
};

struct Sequence
{
    QString name;
    QString type;
    QString start;
    QString increment;
    QString min;
    QString max;
    bool cycle = false;
    QString ownedBy; ///< table.column

    bool operator==(const Sequence &) const = default;
};

struct EnumType
{
    QString name;
    QStringList labels;

    bool operator==(const EnumType &) const = default;
};

struct Trigger
{
    QString name;
    QString table;
    QString definition; ///< timing, events and action as the server prints them

    bool operator==(const Trigger &) const = default;
};

struct Routine
{
    QString name;
    QString kind; ///< "FUNCTION" or "PROCEDURE"
    QString arguments;
    QString returns;
    QString language;
    QString bodyHash; ///< SHA-256 of the body (MD5 where the server computes it)

    QString signature() const { return name + u'(' + arguments + u')'; }
    bool operator==(const Routine &) const = default;
};

struct Snapshot
{
    Dialect dialect = Dialect::SQLite;
    QString schema; ///< PostgreSQL schema, MySQL database, "main" on SQLite
    QList<Table> tables;
    QList<Index> indexes;
    QList<View> views;
    QList<Sequence> sequences;
    QList<EnumType> enums;
    QList<Trigger> triggers;
    QList<Routine> routines;

    /*! Sorts every list (and constraints within tables) into the canonical order. */
    void normalize();
    /*! The table of that name, by binary search: the snapshot must be normalized (as
        introspect() and fromJson() return it). */
    const Table *table(const QString &name) const;
    qsizetype objectCount() const;

    /*! Compares objects only: the schema's name may differ (a scratch copy, staging). */
    bool sameObjects(const Snapshot &other) const;

    QJsonObject toJson() const;
    /*! Reads what toJson() wrote (a saved snapshot); nullopt with error when it is not one. */
    static std::optional<Snapshot> fromJson(const QJsonObject &json, QString *error);
};

/*! Collapses runs of whitespace outside quotes to one space and trims. */
QString collapseWhitespace(const QString &text);

/*! The DDL of one object, normalized: the same object prints the same text. */
QString tableDdl(const Table &table, Dialect dialect);
QString indexDdl(const Index &index, Dialect dialect);
QString viewDdl(const View &view, Dialect dialect);
QString sequenceDdl(const Sequence &sequence, Dialect dialect);
QString enumDdl(const EnumType &type, Dialect dialect);
QString triggerDdl(const Trigger &trigger, Dialect dialect);
QString routineDdl(const Routine &routine, Dialect dialect);
QString columnDdl(const Column &column, Dialect dialect);
QString constraintDdl(const Constraint &constraint, Dialect dialect);

/*! The whole schema as DDL, objects grouped by kind and sorted by name, one blank line
    between objects. */
QString snapshotDdl(const Snapshot &snapshot);

/*! An identifier as written in normalized DDL: bare when it is plain, else quoted. */
QString quoteIdentifier(const QString &name, Dialect dialect);

} // namespace godwit
