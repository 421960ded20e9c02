#include "postgresdriver.h"

#include "postgresintrospection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace godwit::drivers {

namespace {

// The strings of this file, for Qt Linguist and at run time: the connection's messages.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Connection)
};

// The schema that holds Godwit's tables: where the project's own search_path puts a new
// table, asked of the server before the run's search_path is set. Empty, or why not.
Message resolveHistorySchema(QSqlDatabase &db, const ConnectOptions &options, QString *schema)
{
    QSqlQuery q(db);
    const auto failed = [&] {
        return Text::msg("cannot set %1 to \"%2\": %3")
            .arg(u"search_path"_s, options.historySchema, q.lastError().text());
    };
    if (!options.historySchema.isEmpty()) {
        q.prepare(u"SELECT set_config('search_path', ?, false)"_s);
        q.addBindValue(options.historySchema);
        if (!q.exec())
            return failed();
    }
    if (!q.exec(u"SELECT current_schema()"_s) || !q.next())
        return Text::msg("cannot read the current schema: %1").arg(q.lastError().text());
    *schema = q.value(0).toString();
    if (!options.historySchema.isEmpty() && !q.exec(u"RESET search_path"_s))
        return Text::msg("cannot reset search_path: %1").arg(q.lastError().text());
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

// libpq says "fe_sendauth: no password supplied" or "password authentication failed" (SQLSTATE
// 28P01 when the driver passes it on).
bool PostgresDriver::wantsPassword(const QSqlError &error) const
{
    return error.nativeErrorCode() == u"28P01" || error.text().contains(u"password", Qt::CaseInsensitive);
}

// Session settings go through bound parameters (set_config), never into SQL text.
Message PostgresDriver::startSession(QSqlDatabase &db, const ConnectOptions &options, QString *historySchema) const
{
    if (const Message error = resolveHistorySchema(db, options, historySchema); !error.isEmpty())
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
            return Text::msg("cannot set %1 to \"%2\": %3")
                .arg(QString::fromLatin1(name), value, q.lastError().text());
    }
    // The statement of a killed Godwit stops within two seconds instead of running on with its
    // locks and the run lock: PostgreSQL 14 and later check the client's socket while a
    // statement runs, where the server's system can (Linux; macOS and BSD from 15; not
    // Windows, which refuses the setting). Best effort, in one round trip: a server that
    // cannot, or an older one, notices only when it next writes to the socket.
    QSqlQuery q(db);
    q.exec(u"SELECT CASE WHEN current_setting('server_version_num')::int >= 140000 THEN "
           u"set_config('client_connection_check_interval', '2000', false) END"_s);
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

std::optional<TableStats> PostgresDriver::tableStats(Connection &connection, const QString &table) const
{
    TableStats stats{table, -1, -1, {}};
    QSqlQuery q(connection.database());
    const QString quoted = quotedIdentifier(Dialect::PostgreSQL, table);
    q.prepare(u"SELECT c.reltuples::bigint, pg_total_relation_size(c.oid) FROM pg_class c WHERE c.oid = to_regclass(?)"_s);
    q.addBindValue(quoted);
    if (!q.exec() || !q.next())
        return std::nullopt;
    stats.rows = q.value(0).toLongLong();
    stats.bytes = q.value(1).toLongLong();
    stats.source = u"pg_class.reltuples"_s;
    if (stats.rows < 0 && stats.bytes < 64 * 1024 * 1024) { // never analysed: a small table is counted
        if (q.exec(u"SELECT count(*) FROM %1"_s.arg(quoted)) && q.next()) {
            stats.rows = q.value(0).toLongLong();
            stats.source = u"count(*) (not analysed yet)"_s;
        }
    }
    return stats;
}

QString PostgresDriver::identityColumn(const QString &name) const
{
    return name + u" BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"_s;
}

} // namespace godwit::drivers
