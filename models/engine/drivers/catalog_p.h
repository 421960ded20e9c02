#pragma once

// Internal to the engine drivers: what their introspection shares.

#include "database/introspection.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

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

QString str(const QSqlQuery &q, int i);
QStringList jsonList(const QString &json);
QString sha256(const QString &text);

} // namespace godwit::drivers
