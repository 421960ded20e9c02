#include "containmentscope.h"

#include "drivers/enginedriver.h"

namespace godwit {

ContainmentScope readContainmentScope(Connection &target, Connection &work, const QString &scratchDatabase,
                                      bool rolledBack, qint64 lockTimeoutCapMs, QString *error)
{
    ContainmentScope scope;
    scope.dialect = target.dialect();
    scope.scratchDatabase = scratchDatabase;
    scope.rolledBack = rolledBack;
    scope.lockTimeoutCapMs = lockTimeoutCapMs;
    const QString why = target.driver().readContainmentScope(target, work, scope);
    if (error)
        *error = why;
    return scope;
}

} // namespace godwit
