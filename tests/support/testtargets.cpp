#include "testtargets.h"

#include <QAtomicInteger>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace godwit::test {

namespace {

QString serverPort(const QString &key)
{
    QFile state(qEnvironmentVariable("GODWIT_TEST_SERVERS"));
    if (!state.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : state.readAll().split('\n')) {
        if (line.startsWith(QByteArray(key.toLatin1() + '=')))
            return QString::fromLatin1(line.mid(key.size() + 1)).trimmed();
    }
    return {};
}

QString serverKey(Dialect dialect)
{
    return dialect == Dialect::PostgreSQL ? QStringLiteral("GODWIT_TEST_PG_PORT")
                                          : QStringLiteral("GODWIT_TEST_MARIADB_PORT");
}

ConnectionSpec serverSpec(Dialect dialect, int port, const QString &database)
{
    ConnectionSpec spec;
    spec.dialect = dialect;
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = port;
    spec.user = dialect == Dialect::PostgreSQL ? QStringLiteral("godwit") : QStringLiteral("root");
    spec.database = database;
    return spec;
}

QStringList column(Connection &connection, const QString &sql)
{
    QStringList values;
    QSqlQuery q(connection.database());
    if (q.exec(sql)) {
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.record().count(); ++i)
                fields << q.value(i).toString();
            values << fields.join(u" | ");
        }
    } else {
        values << u"query failed: "_s + sql;
    }
    return values;
}

} // namespace

QStringList engines()
{
    return {QStringLiteral("sqlite"), QStringLiteral("postgresql"), QStringLiteral("mariadb")};
}

Dialect dialectOf(const QString &engine)
{
    return engine == u"postgresql" ? Dialect::PostgreSQL : engine == u"mariadb" ? Dialect::MySQL : Dialect::SQLite;
}

std::optional<ConnectionSpec> freshTarget(const QString &engine, const QString &dir, QString *skipReason,
                                          QString *error)
{
    const Dialect dialect = dialectOf(engine);
    if (dialect == Dialect::SQLite) {
        ConnectionSpec spec;
        spec.path = dir + u"/target.sqlite";
        return spec;
    }
    const QString port = serverPort(serverKey(dialect));
    if (port.isEmpty()) {
        if (qEnvironmentVariableIsSet("GODWIT_TEST_NO_SERVERS")) {
            *skipReason = engine + u" is not tested: GODWIT_TEST_NO_SERVERS is set";
            return std::nullopt;
        }
        *error = engine + u" is not running: run the tests through ctest, whose \"servers\" fixture starts it "
                          u"(tests/servers/servers.sh), or set GODWIT_TEST_NO_SERVERS=1 to skip it";
        return std::nullopt;
    }
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("godwit_t%1_%2")
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(12))
                             .arg(counter.fetchAndAddRelaxed(1));
    auto admin = connect(serverSpec(dialect, port.toInt(),
                                    dialect == Dialect::PostgreSQL ? QStringLiteral("postgres") : QString()));
    if (!admin) {
        *error = engine + u": cannot connect to the test server";
        return std::nullopt;
    }
    QSqlQuery q(admin->database());
    if (!q.exec(u"CREATE DATABASE "_s + name)) {
        *error = engine + u": " + q.lastError().text();
        return std::nullopt;
    }
    return serverSpec(dialect, port.toInt(), name);
}

std::unique_ptr<Connection> connect(const ConnectionSpec &spec)
{
    auto open = Connection::open(spec, Connection::Mode::ReadWrite, {5000});
    if (!open.connection)
        qWarning("%s", qPrintable(open.error.text()));
    return std::move(open.connection);
}

QString snapshot(Connection &connection)
{
    QStringList lines;
    QStringList tables;
    switch (connection.dialect()) {
    case Dialect::SQLite:
        lines = column(connection, u"SELECT type, name, sql FROM sqlite_master "
                                   u"WHERE name NOT LIKE 'godwit_audit%' AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
        tables = column(connection, u"SELECT name FROM sqlite_master WHERE type = 'table' "
                                    u"AND name NOT LIKE 'godwit_audit%' AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
        break;
    case Dialect::PostgreSQL:
        lines << column(connection, u"SELECT table_name, column_name, data_type, is_nullable, coalesce(column_default, '')"
                                    u" FROM information_schema.columns WHERE table_schema = 'public'"
                                    u" AND table_name NOT LIKE 'godwit_audit%' ORDER BY 1, 2"_s)
              << column(connection, u"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
                                    u" AND tablename NOT LIKE 'godwit_audit%' ORDER BY 1"_s)
              << column(connection, u"SELECT trigger_name, action_statement FROM information_schema.triggers ORDER BY 1"_s)
              << column(connection, u"SELECT p.proname, md5(p.prosrc) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                                    u" WHERE n.nspname = 'public' ORDER BY 1"_s)
              << column(connection, u"SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_type t"
                                    u" JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY 1 ORDER BY 1"_s);
        tables = column(connection, u"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                                    u" AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'godwit_audit%' ORDER BY 1"_s);
        break;
    case Dialect::MySQL:
        lines << column(connection, u"SELECT table_name, column_name, column_type, is_nullable, coalesce(column_default, ''),"
                                    u" coalesce(generation_expression, '') FROM information_schema.columns"
                                    u" WHERE table_schema = DATABASE() AND table_name NOT LIKE 'godwit_audit%' ORDER BY 1, 2"_s)
              << column(connection, u"SELECT table_name, index_name, seq_in_index, column_name FROM information_schema.statistics"
                                    u" WHERE table_schema = DATABASE() AND table_name NOT LIKE 'godwit_audit%' ORDER BY 1, 2, 3"_s)
              << column(connection, u"SELECT trigger_name, md5(action_statement) FROM information_schema.triggers"
                                    u" WHERE trigger_schema = DATABASE() ORDER BY 1"_s)
              << column(connection, u"SELECT routine_name, md5(routine_definition) FROM information_schema.routines"
                                    u" WHERE routine_schema = DATABASE() ORDER BY 1"_s);
        tables = column(connection, u"SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                                    u" AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'godwit_audit%' ORDER BY 1"_s);
        break;
    }
    for (const QString &table : std::as_const(tables)) {
        // Rows in a stable order, whatever the columns: sorted as text.
        QStringList rows = column(connection, u"SELECT * FROM "_s + table);
        rows.sort();
        for (const QString &row : std::as_const(rows))
            lines << table + u": " + row;
    }
    return lines.join(u'\n');
}

std::optional<QString> golden(const QString &path, const QString &actual)
{
    if (qEnvironmentVariableIsSet("GODWIT_REGENERATE_GOLDEN")) {
        QFile out(path);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(actual.toUtf8());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

void addEngineRows()
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : engines())
        QTest::newRow(qPrintable(engine)) << engine;
}

QStringList changeLines(const SchemaDiff &diff)
{
    QStringList list;
    for (const SchemaChange &c : diff.changes)
        list << changeClassId(c.changeClass) + u": "_s + c.description().english();
    return list;
}

QList<StatusEntry> folderStatus(const MigrationSource &source, Connection &connection)
{
    return computeStatus(source, GodwitHistoryStore(connection).readAll().value_or(QList<HistoryEntry>{}));
}

ExecutionReport migrate(const QString &folder, Connection &connection, const PlanRequest &request,
                        ExecutorOptions options)
{
    const MigrationSource source = discoverMigrations(folder, {Format::Unknown, {}, connection.dialect()});
    const Plan plan = makePlan(source, folderStatus(source, connection), request);
    if (!plan.ok()) {
        ExecutionReport report;
        report.ok = false;
        report.error = plan.error;
        return report;
    }
    return Executor(connection, folder, options).run(plan);
}

} // namespace godwit::test
