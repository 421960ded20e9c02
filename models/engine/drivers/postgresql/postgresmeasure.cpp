// What a PostgreSQL dry run measures beyond running the plan: the round trip's row check.

#include "postgresdriver.h"

using namespace Qt::StringLiterals;

namespace godwit::drivers {

QString PostgresDriver::valuesDiffer(const QString &a, const QString &b) const
{
    return comparable(a) + u" IS DISTINCT FROM "_s + comparable(b);
}

QString PostgresDriver::comparable(const QString &expression) const
{
    return u"("_s + expression + u")::text"_s;
}

} // namespace godwit::drivers
