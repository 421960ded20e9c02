#include "introspection.h"

#include <QElapsedTimer>

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

} // namespace godwit
