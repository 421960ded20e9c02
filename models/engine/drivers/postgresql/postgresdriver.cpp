#include "postgresdriver.h"

#include "postgresintrospection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace godwit::drivers {

namespace {

// The schema that holds Godwit's tables: where the project's own search_path puts a new
// table, asked of the server before the run's search_path is set. Empty, or why not.
QString resolveHistorySchema(QSqlDatabase &db, const ConnectOptions &options, QString *schema)
{
    QSqlQuery q(db);
    const auto failed = [&] {
        return QCoreApplication::translate("Connection", "cannot set %1 to \"%2\": %3")
            .arg(u"search_path"_s, options.historySchema, q.lastError().text());
    };
    if (!options.historySchema.isEmpty()) {
        q.prepare(u"SELECT set_config('search_path', ?, false)"_s);
        q.addBindValue(options.historySchema);
        if (!q.exec())
            return failed();
    }
    if (!q.exec(u"SELECT current_schema()"_s) || !q.next())
        return QCoreApplication::translate("Connection", "cannot read the current schema: %1").arg(q.lastError().text());
    *schema = q.value(0).toString();
    if (!options.historySchema.isEmpty() && !q.exec(u"RESET search_path"_s))
        return QCoreApplication::translate("Connection", "cannot reset search_path: %1").arg(q.lastError().text());
    return {};
}

} // namespace

QString PostgresDriver::qtDriver() const
{
    return u"QPSQL"_s;
}

QStringList PostgresDriver::serverOptions(const ConnectOptions &options) const
{
    // TCP keepalives: a cut network is an error within about a minute, never a hang.
    return {u"connect_timeout=%1"_s.arg(options.connectTimeoutSeconds), u"keepalives=1"_s, u"keepalives_idle=30"_s,
            u"keepalives_interval=10"_s, u"keepalives_count=3"_s, u"application_name=godwit"_s};
}

// Session settings go through bound parameters (set_config), never into SQL text.
QString PostgresDriver::startSession(QSqlDatabase &db, const ConnectOptions &options, QString *historySchema) const
{
    if (const QString error = resolveHistorySchema(db, options, historySchema); !error.isEmpty())
        return error;
    const std::pair<const char *, QString> settings[] = {
        {"lock_timeout", options.lockTimeout},
        {"statement_timeout", options.statementTimeout},
        {"search_path", options.schema},
    };
    for (const auto &[name, value] : settings) {
        if (value.isEmpty())
            continue;
        QSqlQuery q(db);
        q.prepare(u"SELECT set_config('"_s + QLatin1String(name) + u"', ?, false)"_s);
        q.addBindValue(value);
        if (!q.exec())
            return QCoreApplication::translate("Connection", "cannot set %1 to \"%2\": %3")
                .arg(QLatin1String(name), value, q.lastError().text());
    }
    return {};
}

int PostgresDriver::serverVersionNumber(QSqlDatabase &db) const
{
    return int(number(db, u"SHOW server_version_num"_s));
}

QString PostgresDriver::sessionIdQuery() const
{
    return u"SELECT pg_backend_pid()"_s;
}

QString PostgresDriver::cancelStatement() const
{
    return u"SELECT pg_cancel_backend(%1)"_s;
}

Introspection PostgresDriver::introspect(Connection &connection) const
{
    return introspectPostgres(connection);
}

} // namespace godwit::drivers
