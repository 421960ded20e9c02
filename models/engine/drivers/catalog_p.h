#pragma once

// Internal to the engine drivers: what their introspection shares.

#include "database/introspection.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace godwit::drivers {

/*! Runs catalog queries, counting them, and keeps the first error. */
class Catalog
{
public:
    explicit Catalog(Connection &connection);

    /*! Runs sql with the bound values; on failure returns false and remembers why. */
    bool query(QSqlQuery &q, const QString &sql, const QVariantList &values = {});
    /*! The snapshot (normalized), or the first error naming the target. */
    Introspection result(std::optional<Snapshot> snapshot) const;

private:
    Connection &m_connection;
    int m_queries = 0;
    QString m_error;
};

/*! Multi-column constraints read from catalog rows ordered by table, constraint and
    position: one row per column, the first row of each constraint adding it to its table. */
class ConstraintRows
{
public:
    ConstraintRows(Snapshot &snapshot, const QHash<QString, qsizetype> &tableIndex)
        : m_snapshot(snapshot)
        , m_tableIndex(tableIndex)
    {
    }

    /*! The constraint of the row (table, and the constraint's name or id), made by make() on
        its first row; null when the table is not in the snapshot. */
    Constraint *at(const QString &table, const QString &constraint, const std::function<Constraint()> &make);

private:
    Snapshot &m_snapshot;
    const QHash<QString, qsizetype> &m_tableIndex;
    QString m_lastKey;
};

QString str(const QSqlQuery &q, int i);
QStringList jsonList(const QString &json);
QString sha256(const QString &text);

} // namespace godwit::drivers
