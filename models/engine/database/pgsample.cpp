#include "pgschemacopy.h"

#include "backuptools_p.h"
#include "drivers/enginedriver.h"
#include "introspection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of scratch databases, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScratchDatabase)
};

// Rows taken of a table whose width the catalog does not know: few, whatever they hold.
constexpr qint64 unknownWidthRows = 5000;

// What a dry run may take from the target: tables of its own, not a partition (its parent
// is copied through), not one an extension made (pg_dump leaves those to the extension).
const QString sampledTables = uR"(
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname <> 'information_schema'
      AND n.nspname NOT LIKE 'pg\_%'
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                                  AND d.deptype = 'e'))"_s;

QList<SampledTable> describe(Connection &target, const RowSample &sample, QString *error)
{
    QSqlQuery q(target.database());
    // A row's width with what TOAST holds of it; unknown (never analysed, a partitioned
    // parent) for -1.
    if (!q.exec(uR"(SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname),
                           CASE WHEN n.nspname = current_schema() THEN c.relname ELSE n.nspname || '.' || c.relname END,
                           lower(c.relname),
                           CASE WHEN c.reltuples > 0
                                THEN (c.relpages + COALESCE((SELECT t.relpages FROM pg_class t WHERE t.oid = c.reltoastrelid), 0))::float8
                                     * current_setting('block_size')::int / c.reltuples
                                ELSE -1 END,
                           c.relkind = 'r')"_s
                + sampledTables + u" ORDER BY 1"_s)) {
        *error = queryError(q);
        return {};
    }
    QList<SampledTable> tables;
    QHash<QString, qsizetype> at;
    while (q.next()) {
        if (isGodwitTable(q.value(2).toString()))
            continue;
        at.insert(q.value(0).toString(), tables.size());
        // ONLY: an inheritance child's rows are its own table's, not its parent's.
        const QString reading = (q.value(4).toBool() ? u"ONLY "_s : QString()) + q.value(0).toString();
        const double width = q.value(3).toDouble();
        tables << SampledTable{q.value(1).toString(), q.value(0).toString(), q.value(2).toString(), reading, {},
                               width < 0 ? std::min<qint64>(sample.maxRows, unknownWidthRows)
                                         : sample.limitFor(qint64(width))};
    }
    // Stored columns only: a generated one is computed by the copy.
    if (!q.exec(uR"(SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), quote_ident(a.attname)
                    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                    JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' AND c.relkind IN ('r', 'p')
                    ORDER BY 1, a.attnum)"_s)) {
        *error = queryError(q);
        return {};
    }
    while (q.next()) {
        if (const auto i = at.constFind(q.value(0).toString()); i != at.cend())
            tables[*i].columns << q.value(1).toString();
    }
    tables.removeIf([](const SampledTable &t) { return t.columns.isEmpty(); }); // nothing to copy
    return tables;
}

QList<SampleKey> foreignKeys(Connection &target, QString *error)
{
    QList<SampleKey> keys;
    QSqlQuery q(target.database());
    if (!q.exec(uR"(SELECT c.oid, quote_ident(cn.nspname) || '.' || quote_ident(cc.relname), quote_ident(ca.attname),
                           quote_ident(pn.nspname) || '.' || quote_ident(pc.relname), quote_ident(pa.attname)
                    FROM pg_constraint c
                    CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(ck, pk, i)
                    JOIN pg_class cc ON cc.oid = c.conrelid JOIN pg_namespace cn ON cn.oid = cc.relnamespace
                    JOIN pg_attribute ca ON ca.attrelid = c.conrelid AND ca.attnum = k.ck
                    JOIN pg_class pc ON pc.oid = c.confrelid JOIN pg_namespace pn ON pn.oid = pc.relnamespace
                    JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = k.pk
                    WHERE c.contype = 'f' AND c.conparentid = 0
                    ORDER BY c.oid, k.i)"_s)) {
        *error = queryError(q);
        return keys;
    }
    QString last;
    while (q.next()) {
        if (q.value(0).toString() != last)
            keys << SampleKey{q.value(1).toString(), q.value(3).toString(), {}, {}};
        last = q.value(0).toString();
        keys.last().childColumns << q.value(2).toString();
        keys.last().parentColumns << q.value(4).toString();
    }
    return keys;
}

// psql's \copy from a session on the target into one on the scratch, through a pipe, both
// in the target's encoding. The reading session is read-only, waits at most 5 s for a lock
// and runs at most 10 min.
QString pipeRows(const Connection &target, const QString &scratchDatabase, const SampledTable &table,
                 const QString &encoding, const std::atomic_bool *cancel)
{
    const QString psql = firstTool({u"psql"_s});
    if (psql.isEmpty())
        return Text::tr("psql is not installed (Debian: postgresql-client)");
    const EngineDriver &driver = target.driver();
    QProcessEnvironment env = toolEnvironment(target.options(), driver.clientPasswordVariable());
    if (!encoding.isEmpty())
        env.insert(u"PGCLIENTENCODING"_s, encoding);
    QProcessEnvironment readOnly = env;
    const QString options = env.value(u"PGOPTIONS"_s)
                            + u" -c lock_timeout=5s -c statement_timeout=10min -c default_transaction_read_only=on"_s;
    readOnly.insert(u"PGOPTIONS"_s, options.trimmed());
    const QStringList common = driver.clientArguments(target.spec())
                               << u"--no-psqlrc"_s << u"--quiet"_s << u"--set=ON_ERROR_STOP=1"_s;
    const QString columns = table.columns.join(u", "_s);
    QProcess from;
    QProcess to;
    from.setProcessEnvironment(readOnly);
    to.setProcessEnvironment(env);
    from.setStandardOutputProcess(&to);
    to.start(psql, QStringList(common) << dbnameArgument(scratchDatabase)
                                       << u"--command=\\copy %1 (%2) FROM pstdin"_s.arg(table.sql, columns));
    from.start(psql, QStringList(common) << dbnameArgument(target.spec().database)
                                         << u"--command=\\copy (SELECT %2 FROM %1 LIMIT %3) TO pstdout"_s.arg(
                                                table.reading, columns, QString::number(table.limit)));
    for (QProcess *p : {&to, &from}) {
        if (!p->waitForStarted(10000))
            return Text::tr("psql does not start: %1").arg(p->errorString());
    }
    // Both watched at once, their error output read as it comes: neither waits on a full pipe.
    QByteArray fromErrors;
    QByteArray toErrors;
    while (from.state() != QProcess::NotRunning || to.state() != QProcess::NotRunning) {
        (from.state() != QProcess::NotRunning ? from : to).waitForFinished(50);
        fromErrors += from.readAllStandardError();
        toErrors += to.readAllStandardError();
        to.readAllStandardOutput();
        if (cancel && cancel->load()) {
            from.kill();
            to.kill();
            from.waitForFinished(5000);
            to.waitForFinished(5000);
            return Text::tr("cancelled");
        }
    }
    fromErrors += from.readAllStandardError();
    toErrors += to.readAllStandardError();
    // The writer's error first: the reader then fails only on the broken pipe.
    for (const auto &[p, errors] : {std::pair{&to, toErrors}, std::pair{&from, fromErrors}}) {
        if (p->exitStatus() != QProcess::NormalExit)
            return Text::tr("psql ended abnormally: %1").arg(QString::fromUtf8(errors).trimmed());
        if (p->exitCode() != 0)
            return Text::tr("psql failed (exit %1): %2").arg(p->exitCode()).arg(QString::fromUtf8(errors).trimmed());
    }
    return {};
}

// The copy's sequences where the target's stand, so that a row the plan inserts takes the
// value it would take there (and none a copied row holds). One the copy does not have
// (Godwit's own tables' stay out) is passed over.
QString copySequences(Connection &target, QSqlQuery &copy)
{
    QSqlQuery q(target.database());
    if (!q.exec(u"SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename), last_value FROM pg_sequences"
                u" WHERE last_value IS NOT NULL"_s))
        return queryError(q);
    while (q.next()) {
        copy.prepare(u"SELECT setval(s, ?) FROM (SELECT to_regclass(?) AS s) AS named WHERE s IS NOT NULL"_s);
        copy.addBindValue(q.value(1).toLongLong());
        copy.addBindValue(q.value(0).toString());
        if (!copy.exec())
            return Text::tr("sequence %1: %2").arg(q.value(0).toString(), queryError(copy));
    }
    return {};
}

} // namespace

void samplePostgresRows(Connection &target, const QString &scratchDatabase, RowSample &sample,
                        const std::atomic_bool *cancel)
{
    QString error;
    const QList<SampleKey> keys = foreignKeys(target, &error);
    const QList<SampledTable> all = error.isEmpty() ? describe(target, sample, &error) : QList<SampledTable>();
    if (!error.isEmpty()) {
        sample.error = error;
        return;
    }
    const QList<SampledTable> chosen = tablesToSample(all, sample.words, keys);
    if (chosen.isEmpty())
        return;
    auto open = target.openSibling(scratchDatabase);
    if (!open.connection) {
        sample.error = open.error.text();
        return;
    }
    QString encoding;
    if (QSqlQuery e(target.database()); e.exec(u"SHOW server_encoding"_s) && e.next())
        encoding = e.value(0).toString();
    QList<SampledTable> copied; // attempted: emptied again should anything fail
    for (const SampledTable &table : chosen) {
        if (cancel && cancel->load()) {
            error = Text::tr("cancelled");
            break;
        }
        copied << table;
        if (error = pipeRows(target, scratchDatabase, table, encoding, cancel); !error.isEmpty()) {
            error = Text::tr("%1: %2").arg(table.name, error);
            break;
        }
    }
    QSqlQuery q(open.connection->database());
    const auto orphans = [](const SampleKey &k, const QString &notNull, const QString &on) {
        return u"DELETE FROM %1 AS c WHERE %2 AND NOT EXISTS (SELECT 1 FROM %3 AS p WHERE %4)"_s.arg(k.child, notNull,
                                                                                                    k.parent, on);
    };
    if (error.isEmpty())
        deleteOrphans(q, copied, keys, orphans, &error);
    if (error.isEmpty())
        error = copySequences(target, q);
    for (const SampledTable &table : std::as_const(copied)) {
        if (!error.isEmpty())
            break;
        if (q.exec(u"SELECT count(*) FROM "_s + table.reading) && q.next())
            sample.rows.insert(table.name, q.value(0).toLongLong());
    }
    if (!error.isEmpty()) {
        sample.error = error;
        sample.rows.clear();
        for (const SampledTable &table : std::as_const(copied)) {
            if (!q.exec(u"TRUNCATE "_s + table.sql))
                sample.error += u"; "_s + Text::tr("%1 could not be emptied again: %2").arg(table.name, queryError(q));
        }
    }
}

QString emptyPostgresSample(Connection &target, const QString &scratchDatabase)
{
    auto open = target.openSibling(scratchDatabase);
    if (!open.connection)
        return open.error.text();
    QSqlQuery q(open.connection->database());
    if (!q.exec(u"SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)"_s + sampledTables))
        return queryError(q);
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    if (!tables.isEmpty() && !q.exec(u"TRUNCATE "_s + tables.join(u", "_s)))
        return queryError(q);
    return {};
}

} // namespace godwit
