#include "postgresdriver.h"

#include "database/runlock.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace godwit::drivers {

// The schema the project keeps them in, whatever --schema sets the search_path to for the
// migrations.
QString PostgresDriver::historyQualifier(Connection &connection) const
{
    if (!connection.historySchema().isEmpty())
        return connection.historySchema();
    return sessionQualifier(connection);
}

QString PostgresDriver::sessionQualifier(Connection &connection) const
{
    QSqlQuery q(connection.database());
    const bool found = q.exec(u"SELECT current_schema()"_s) && q.next() && !q.value(0).isNull();
    return found ? q.value(0).toString() : QString();
}

QString PostgresDriver::sqitchNow() const
{
    return u"clock_timestamp()"_s;
}

QVariant PostgresDriver::sqitchTime(const QDateTime &at) const
{
    return at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss+00"_s);
}

QString PostgresDriver::sqitchList(const QStringList &items, const QString &, QVariantList &values) const
{
    if (items.isEmpty())
        return u"'{}'::text[]"_s;
    QStringList marks;
    for (const QString &item : items) {
        values.append(item);
        marks.append(u"?"_s);
    }
    return u"ARRAY["_s + marks.join(u", "_s) + u"]::text[]"_s;
}

bool PostgresDriver::tableExists(Connection &connection, const QString &, const QString &,
                                 const QString &qualifiedTable) const
{
    QSqlQuery q(connection.database());
    q.prepare(u"SELECT to_regclass(?) IS NOT NULL"_s);
    q.addBindValue(qualifiedTable);
    return q.exec() && q.next() && q.value(0).toBool();
}

bool PostgresDriver::hasColumn(Connection &connection, const QString &, const QString &, const QString &qualifiedTable,
                               const QString &column) const
{
    QSqlQuery q(connection.database());
    q.prepare(u"SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass(?) AND attname = ? AND NOT attisdropped"_s);
    q.addBindValue(qualifiedTable);
    q.addBindValue(column);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

// A PL/pgSQL function in schema raises; TRUNCATE is refused too.
AuditProtection PostgresDriver::auditProtection(const QString &schema, const QString &table) const
{
    const QString function = qualifiedIdentifier(Dialect::PostgreSQL, schema, u"godwit_audit_log_append_only"_s);
    const auto trigger = [&](const char *name, const char *when, const char *each) {
        return u"CREATE TRIGGER %1 %2 ON %3 FOR EACH %4 EXECUTE PROCEDURE %5()"_s.arg(
            QLatin1String(name), QLatin1String(when), table, QLatin1String(each), function);
    };
    return {{u"CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS"
             u" $godwit$ BEGIN RAISE EXCEPTION '%2' USING ERRCODE = 'insufficient_privilege'; END $godwit$"_s
                 .arg(function, QLatin1String(auditTriggers::refusal))},
            {trigger(auditTriggers::noUpdate, "BEFORE UPDATE", "ROW"),
             trigger(auditTriggers::noDelete, "BEFORE DELETE", "ROW"),
             trigger(auditTriggers::noTruncate, "BEFORE TRUNCATE", "STATEMENT")}};
}

int PostgresDriver::countTriggers(Connection &connection, const QString &qualifiedTable, const QStringList &names,
                                  QString *error) const
{
    QSqlQuery q(connection.database());
    q.prepare(u"SELECT count(*) FROM pg_trigger WHERE tgrelid = to_regclass(?) AND tgname IN (?, ?, ?)"_s);
    q.addBindValue(qualifiedTable);
    return triggerCount(q, names, error);
}

QString PostgresDriver::dropTriggerStatement(const QString &name, const QString &qualifiedTable) const
{
    return u"DROP TRIGGER IF EXISTS %1 ON %2"_s.arg(name, qualifiedTable);
}

// A transaction-level advisory lock; inside a caller's transaction a savepoint keeps a failed
// append from aborting it. A savepoint is refused outside a transaction block: then the
// append gets its own.
bool PostgresDriver::lockAuditLog(Connection &connection, const QString &qualifiedTable, AuditOpened &opened,
                                  QString *error) const
{
    if (execute(connection, u"SAVEPOINT godwit_audit"_s, error))
        opened = AuditOpened::Savepoint;
    else if (execute(connection, u"BEGIN"_s, error))
        opened = AuditOpened::Transaction;
    else
        return false;
    QSqlQuery q(connection.database());
    q.prepare(u"SELECT pg_advisory_xact_lock(?)"_s);
    q.addBindValue(advisoryLockKey(QByteArray("godwit.audit ") + qualifiedTable.toUtf8()));
    if (q.exec())
        return true;
    *error = queryError(q);
    return false;
}

} // namespace godwit::drivers
