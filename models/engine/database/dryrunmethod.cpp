#include "dryrunmethod.h"

#include "drivers/enginedriver.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(DryRun)
};

} // namespace

QString dryRunMethodId(DryRunMethod method)
{
    switch (method) {
    case DryRunMethod::Auto: return u"auto"_s;
    case DryRunMethod::Copy: return u"copy"_s;
    case DryRunMethod::Transaction: return u"transaction"_s;
    case DryRunMethod::Shadow: return u"shadow"_s;
    }
    return {};
}

QString dryRunErrorId(DryRunError code)
{
    switch (code) {
    case DryRunError::None: return {};
    case DryRunError::NoTransactionalDdl: return u"no-transactional-ddl"_s;
    case DryRunError::LockTimeout: return u"lock-timeout"_s;
    }
    return {};
}

std::optional<DryRunMethod> dryRunMethodFromId(const QString &id)
{
    for (auto m : {DryRunMethod::Auto, DryRunMethod::Copy, DryRunMethod::Transaction, DryRunMethod::Shadow}) {
        if (dryRunMethodId(m) == id)
            return m;
    }
    return std::nullopt;
}

DryRunMethodChoice chooseDryRunMethod(DryRunMethod requested, Dialect dialect, bool production)
{
    const EngineDriver &driver = engineDriver(dialect);
    DryRunMethodChoice choice{requested, u"chosen"_s};
    if (requested == DryRunMethod::Auto)
        choice = driver.autoDryRunMethod(production);
    if (choice.method == DryRunMethod::Transaction) {
        if (const QString why = driver.noTransactionalDryRun(); !why.isEmpty()) {
            choice.code = DryRunError::NoTransactionalDdl;
            choice.error = why;
            choice.remedy = {Remedy::DryRunCopyOrShadow, {}};
        }
    }
    return choice;
}

QString dryRunReasonText(const QString &reason)
{
    if (reason == u"sqlite-file-copy")
        return Text::tr("SQLite: a copy of the file is made without write-locking it");
    if (reason == u"mysql-implicit-commit")
        return Text::tr("MySQL and MariaDB commit DDL implicitly: no transaction can hold a dry run");
    if (reason == u"postgresql-transaction")
        return Text::tr("PostgreSQL: one transaction on the target, rolled back");
    if (reason == u"production-no-live-locks")
        return Text::tr("production PostgreSQL: rehearsed on a schema copy so that no live table is locked");
    if (reason == u"chosen")
        return Text::tr("chosen explicitly");
    return reason;
}

QString capLockTimeout(Connection &connection)
{
    QSqlQuery q(connection.database());
    // pg_settings gives lock_timeout in milliseconds; 0 is "wait forever".
    qint64 ms = productionLockTimeoutMs;
    if (q.exec(u"SELECT setting::bigint FROM pg_settings WHERE name = 'lock_timeout'"_s) && q.next()
        && q.value(0).toLongLong() > 0)
        ms = std::min(ms, q.value(0).toLongLong());
    q.prepare(u"SELECT set_config('lock_timeout', ?, true)"_s);
    q.addBindValue(QString(QString::number(ms) + u"ms"_s));
    return q.exec() ? QString() : q.lastError().text();
}

QList<Message> dryRunMethodNotes(const DryRunMethodChoice &choice, Dialect dialect, bool production)
{
    return engineDriver(dialect).dryRunMethodNotes(choice, production);
}

QString lockTimeoutFailure(const QList<StepRun> &steps)
{
    for (const StepRun &step : steps) {
        for (const StatementRun &s : step.statements) {
            if (s.outcome == StatementRun::Outcome::Failed && s.error.contains(u"lock timeout"_s, Qt::CaseInsensitive))
                return Text::tr("%1: gave up waiting for a lock after lock_timeout (at most %2 ms on production): another "
                                "session holds a lock on that table, and a production dry run in a transaction does not "
                                "queue traffic behind it")
                    .arg(s.location.toString())
                    .arg(productionLockTimeoutMs);
        }
    }
    return {};
}

} // namespace godwit
