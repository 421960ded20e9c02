#include "catalog_p.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace godwit::drivers {

Catalog::Catalog(Connection &connection)
    : m_connection(connection)
{
}

bool Catalog::query(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    ++m_queries;
    q = QSqlQuery(m_connection.database());
    q.setForwardOnly(true);
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = ok && q.exec();
    }
    if (!ok && m_error.isEmpty())
        m_error = q.lastError().text();
    return ok;
}

Introspection Catalog::result(std::optional<Snapshot> snapshot) const
{
    Introspection r;
    r.queries = m_queries;
    if (!m_error.isEmpty()) {
        r.error = QCoreApplication::translate("Introspection", "%1: cannot read the schema: %2")
                      .arg(m_connection.spec().display(), m_error);
        return r;
    }
    snapshot->normalize();
    r.snapshot = std::move(snapshot);
    return r;
}

Constraint *ConstraintRows::at(const QString &table, const QString &constraint, const std::function<Constraint()> &make)
{
    const auto at = m_tableIndex.constFind(table);
    if (at == m_tableIndex.cend())
        return nullptr;
    Table &t = m_snapshot.tables[*at];
    const QString key = table + u'\x1f' + constraint;
    if (key != m_lastKey) {
        t.constraints << make();
        m_lastKey = key;
    }
    return &t.constraints.last();
}

QString str(const QSqlQuery &q, int i)
{
    return q.value(i).toString();
}

QStringList jsonList(const QString &json)
{
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        list << v.toString();
    return list;
}

QString sha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace godwit::drivers
