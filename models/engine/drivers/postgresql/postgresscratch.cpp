#include "postgresdriver.h"

#include "database/pgschemacopy.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace godwit::drivers {

namespace {

// The strings of dry runs, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(DryRun)
};

} // namespace

QString PostgresDriver::scratchListQuery() const
{
    return u"SELECT datname FROM pg_database WHERE datname LIKE ? ORDER BY 1"_s;
}

// The owner session's application_name is the scratch database's name.
QChar PostgresDriver::scratchOwnerMark() const
{
    return u'p';
}

QString PostgresDriver::scratchOwnerStatement() const
{
    return u"SELECT set_config('application_name', ?, false) IS NOT NULL"_s;
}

// Alive while pg_stat_activity shows that pid with that application_name (visible to every
// user; a reused pid has another name).
bool PostgresDriver::scratchOwnerAlive(Connection &connection, const QString &name, qint64 owner) const
{
    QSqlQuery q(connection.database());
    q.prepare(u"SELECT count(*) FROM pg_stat_activity WHERE pid = ? AND application_name = ?"_s);
    q.addBindValue(int(owner));
    q.addBindValue(name);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return true;
    return q.value(0).toInt() > 0;
}

QString PostgresDriver::createDatabaseStatement(Connection &, const QString &name) const
{
    return u"CREATE DATABASE "_s + quotedIdentifier(Dialect::PostgreSQL, name);
}

QString PostgresDriver::dropDatabaseStatement(const QString &name) const
{
    return u"DROP DATABASE IF EXISTS "_s + quotedIdentifier(Dialect::PostgreSQL, name) + u" WITH (FORCE)"_s;
}

QString PostgresDriver::copyBeforeOpening(Connection &target, const QString &scratch, ScratchDatabase::Content content,
                                          const std::atomic_bool *cancel, RowSample *sample) const
{
    return content == ScratchDatabase::Content::SchemaCopy ? copyPostgresSchema(target, scratch, cancel, sample)
                                                           : QString();
}

// In one transaction on the target, except on production: a rehearsal must not lock live
// tables there.
DryRunMethodChoice PostgresDriver::autoDryRunMethod(bool production) const
{
    return production ? DryRunMethodChoice{DryRunMethod::Copy, u"production-no-live-locks"_s}
                      : DryRunMethodChoice{DryRunMethod::Transaction, u"postgresql-transaction"_s};
}

QList<Message> PostgresDriver::dryRunMethodNotes(const DryRunMethodChoice &choice, bool production) const
{
    QList<Message> notes;
    if (choice.method == DryRunMethod::Copy)
        notes << Text::msg("rehearsed on a copy of the target's schema holding only the first rows of the tables the "
                           "plan names, so failures that depend on the other rows (a unique index over duplicates, "
                           "NOT NULL over NULLs, a cast that fails) may not show; the timings are scaled from those "
                           "rows to the target's (pg_class)");
    if (choice.method == DryRunMethod::Transaction && production)
        notes << Text::msg("production: the rehearsal ran in a transaction on the live tables, chosen explicitly, under "
                           "lock_timeout %1 ms, so that it fails rather than queue traffic behind it")
                     .arg(productionLockTimeoutMs);
    return notes;
}

} // namespace godwit::drivers
