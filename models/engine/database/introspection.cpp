#include "introspection.h"

#include <QElapsedTimer>
#include <QSet>

#include "drivers/enginedriver.h"

using namespace Qt::StringLiterals;

namespace godwit {

bool isGodwitTable(const QString &name)
{
    return name == u"godwit_schema_history" || name == u"godwit_audit_log";
}

Introspection introspect(Connection &connection)
{
    return connection.driver().introspect(connection);
}

std::optional<Snapshot> timedSnapshot(Connection &connection, double &ms, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    Introspection read = introspect(connection);
    ms += double(timer.nsecsElapsed()) / 1e6;
    if (!read.snapshot)
        *error = read.error;
    return read.snapshot;
}

std::optional<Snapshot> timedSnapshot(Connection &connection, const Snapshot &base, const QStringList &names, double &ms,
                                      QString *error)
{
    QSet<QString> named;
    for (const QString &n : names)
        named.insert(n.toLower());
    QElapsedTimer timer;
    timer.start();
    std::optional<Introspection> read = connection.driver().introspectNamed(connection, QStringList(named.cbegin(), named.cend()));
    if (!read) {
        ms += double(timer.nsecsElapsed()) / 1e6;
        return timedSnapshot(connection, ms, error);
    }
    if (!read->snapshot) {
        ms += double(timer.nsecsElapsed()) / 1e6;
        *error = read->error;
        return std::nullopt;
    }
    const auto in = [&](const QString &name) { return named.contains(name.toLower()); };
    Snapshot merged = base;
    merged.tables.removeIf([&](const Table &t) { return in(t.name); });
    merged.indexes.removeIf([&](const Index &i) { return in(i.name) || in(i.table); });
    merged.views.removeIf([&](const View &v) { return in(v.name); });
    merged.triggers.removeIf([&](const Trigger &t) { return in(t.name) || in(t.table); });
    const Snapshot &part = *read->snapshot;
    merged.tables << part.tables;
    merged.indexes << part.indexes;
    merged.views << part.views;
    merged.triggers << part.triggers;
    merged.normalize();
    ms += double(timer.nsecsElapsed()) / 1e6;
    return merged;
}

} // namespace godwit
