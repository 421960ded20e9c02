#include "pgschemacopy.h"

#include "backup.h"
#include "introspection.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScratchDatabase)
};

} // namespace

QString dbnameArgument(const QString &database)
{
    QString escaped = database;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u"--dbname=dbname='"_s + escaped + u'\'';
}

QString copyPostgresSchema(Connection &target, const QString &scratchDatabase, const std::atomic_bool *cancel,
                           RowSample *sample)
{
    QTemporaryDir dir; // 0700, removed with its file
    if (!dir.isValid())
        return Text::tr("no temporary folder for the schema: %1").arg(dir.errorString());
    const QString archive = dir.filePath(u"schema.dump"_s);
    QStringList dump{u"--schema-only"_s, u"--format=custom"_s, u"--no-publications"_s, u"--no-subscriptions"_s,
                     u"--no-security-labels"_s, u"--lock-wait-timeout=5s"_s, u"--file="_s + archive};
    for (const QString &table : {u"godwit_schema_history"_s, u"godwit_audit_log"_s})
        dump << u"--exclude-table=*."_s + table;
    dump << dbnameArgument(target.spec().database);
    if (const QString error = runPostgresClient(u"pg_dump"_s, target.spec(), target.options(), dump, cancel);
        !error.isEmpty())
        return Text::tr("pg_dump --schema-only of the target: %1").arg(error);
    // Sections: pre-data (tables), then the sample's rows, then post-data (keys, indexes and
    // triggers), so that no trigger fires on the rows and the keys are checked once.
    const auto restore = [&](const QString &section) {
        QStringList args{u"--exit-on-error"_s, u"--single-transaction"_s, u"--no-owner"_s, u"--no-privileges"_s,
                         u"--no-tablespaces"_s, dbnameArgument(scratchDatabase)};
        if (!section.isEmpty())
            args << u"--section="_s + section;
        const QString error =
            runPostgresClient(u"pg_restore"_s, target.spec(), target.options(), args << archive, cancel);
        return error.isEmpty() ? error : Text::tr("restoring the target's schema with pg_restore: %1").arg(error);
    };
    if (!sample || sample->words.isEmpty())
        return restore({});
    if (const QString error = restore(u"pre-data"_s); !error.isEmpty())
        return error;
    samplePostgresRows(target, scratchDatabase, *sample, cancel);
    QString error = restore(u"post-data"_s);
    if (!error.isEmpty()) {
        // The keys or indexes did not take the rows: the copy goes on without them.
        sample->error = sample->error.isEmpty() ? error : sample->error + u"; "_s + error;
        sample->rows.clear();
        error = emptyPostgresSample(target, scratchDatabase);
        if (error.isEmpty())
            error = restore(u"post-data"_s);
    }
    return error;
}

QList<TableStats> postgresRowEstimates(Connection &target)
{
    QList<TableStats> estimates;
    QSqlQuery q(target.database());
    // The catalog only: pg_relation_size() and count(*) would lock the tables.
    if (!q.exec(uR"(SELECT CASE WHEN n.nspname = current_schema() THEN c.relname ELSE n.nspname || '.' || c.relname END,
                           c.relname, c.reltuples::bigint, c.relpages::bigint * current_setting('block_size')::bigint
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname <> 'information_schema'
                      AND n.nspname NOT LIKE 'pg\_%'
                    ORDER BY c.reltuples DESC, 1)"_s))
        return estimates;
    while (q.next()) {
        if (isGodwitTable(q.value(1).toString()))
            continue;
        estimates << TableStats{q.value(0).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                                u"pg_class.reltuples of the target"_s};
    }
    return estimates;
}

} // namespace godwit
