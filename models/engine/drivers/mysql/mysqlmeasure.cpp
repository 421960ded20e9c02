// What a MySQL/MariaDB dry run measures beyond running the plan: the round trip's row check.

#include "mysqldriver.h"

using namespace Qt::StringLiterals;

namespace godwit::drivers {

QString MysqlDriver::valuesDiffer(const QString &a, const QString &b) const
{
    return u"NOT ("_s + a + u" <=> "_s + b + u')';
}

QString MysqlDriver::dropTemporaryTable(const QString &name) const
{
    return u"DROP TEMPORARY TABLE "_s + name;
}

} // namespace godwit::drivers
