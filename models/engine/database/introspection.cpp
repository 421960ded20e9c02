#include "introspection.h"

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

} // namespace godwit
