#include "tablestats.h"

#include "drivers/enginedriver.h"

namespace godwit {

std::optional<TableStats> tableStats(Connection &connection, const QString &table)
{
    return connection.driver().tableStats(connection, table);
}

} // namespace godwit
