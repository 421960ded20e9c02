#include "containmentscope.h"

#include "pgescapes.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace godwit {

ContainmentScope readContainmentScope(Connection &target, Connection &work, const QString &scratchDatabase,
                                      bool rolledBack, qint64 lockTimeoutCapMs, QString *error)
{
    ContainmentScope scope;
    scope.dialect = target.dialect();
    scope.scratchDatabase = scratchDatabase;
    scope.rolledBack = rolledBack;
    scope.lockTimeoutCapMs = lockTimeoutCapMs;
    if (scope.dialect == Dialect::MySQL) {
        QSqlQuery q(target.database());
        if (q.exec(u"SELECT SCHEMA_NAME FROM information_schema.SCHEMATA"_s)) {
            while (q.next())
                scope.otherDatabases.insert(q.value(0).toString().toCaseFolded());
        }
        // The target's own name is outside a scratch copy even if the list could not be read.
        if (q.exec(u"SELECT DATABASE()"_s) && q.next() && !q.value(0).isNull())
            scope.otherDatabases.insert(q.value(0).toString().toCaseFolded());
        scope.otherDatabases.remove(scratchDatabase.toCaseFolded());
    } else if (scope.dialect == Dialect::PostgreSQL) {
        QSqlQuery q(work.database());
        if (q.exec(u"SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                   u" WHERE c.relkind = 'f'"_s)) {
            while (q.next()) {
                const QString name = q.value(1).toString().toCaseFolded();
                scope.foreignTables << name << q.value(0).toString().toCaseFolded() + u'.' + name;
            }
        }
        const QString why = readPostgresEscapes(work, scope);
        if (error)
            *error = why;
    }
    return scope;
}

} // namespace godwit
