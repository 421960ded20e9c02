#pragma once

#include "connection.h"
#include "i18n/message.h"
#include "i18n/remedy.h"
#include "scriptrunner.h"

#include <QString>

#include <optional>

namespace godwit {

/*! Where a dry run executes, so that the target is left exactly as it was.
    - Copy: SQLite: a copy of the file made with VACUUM INTO in a temporary folder;
      MySQL/MariaDB: a scratch database holding the current schema (SHOW CREATE …);
      PostgreSQL: a scratch database holding the target's schema (pg_dump --schema-only,
      restored with psql), without rows: the target's live tables are never locked.
    - Transaction: SQLite and PostgreSQL: on the target, inside one transaction that is
      rolled back (PostgreSQL: statements a transaction cannot hold run in their
      transactional form, or are skipped, and are marked so). What it locks stays locked
      until the rollback: on production it runs only when chosen, under a short
      lock_timeout.
    - Shadow: an empty scratch database (a temporary file on SQLite) where the applied
      migrations are replayed first.
    Auto: see chooseDryRunMethod(). */
enum class DryRunMethod { Auto, Copy, Transaction, Shadow };

QString dryRunMethodId(DryRunMethod method);
std::optional<DryRunMethod> dryRunMethodFromId(const QString &id);

/*! Why a dry run could not be made or gave up. */
enum class DryRunError {
    None,
    NoTransactionalDdl, ///< the transaction method on an engine that commits DDL implicitly
    LockTimeout,        ///< a production transaction-mode dry run gave up waiting for a lock
};

/*! Stable ids: "no-transactional-ddl", "lock-timeout"; empty for None. */
QString dryRunErrorId(DryRunError code);

/*! The method a dry run uses and why; the CLI and the window both resolve through
    chooseDryRunMethod(), so that they agree. */
struct DryRunMethodChoice
{
    DryRunMethod method = DryRunMethod::Auto;
    /*! A stable id: "chosen", "sqlite-file-copy", "mysql-implicit-commit",
        "postgresql-transaction", "production-no-live-locks". */
    QString reason;
    DryRunError code = DryRunError::None;
    QString error; ///< the method cannot run on this engine
    SuggestedRemedy remedy;
};

/*! Auto, as the engine's driver says (EngineDriver::autoDryRunMethod): SQLite → Copy (a
    file copy); MySQL/MariaDB → Copy (DDL commits implicitly, no transaction can hold a dry
    run); PostgreSQL → Transaction, except on production → Copy (a schema copy: a rehearsal
    must not lock live tables). A method chosen explicitly is kept where the engine can run
    it. */
DryRunMethodChoice chooseDryRunMethod(DryRunMethod requested, Dialect dialect, bool production);

/*! For people: why the method was used ("production PostgreSQL: …"). */
QString dryRunReasonText(const QString &reason);

/*! On production, a transaction-mode dry run waits at most this long for a lock. */
constexpr qint64 productionLockTimeoutMs = 3000;

/*! Inside the dry run's transaction on production PostgreSQL: SET LOCAL lock_timeout to
    productionLockTimeoutMs (or the session's, when shorter). Empty on success, else why. */
QString capLockTimeout(Connection &connection);

/*! What the notes say about the method: a schema-only copy does not rehearse what depends
    on the rows; a transaction on production runs under lock_timeout. */
QList<Message> dryRunMethodNotes(const DryRunMethodChoice &choice, Dialect dialect, bool production);

/*! The error of a production transaction-mode dry run that gave up waiting for a lock
    (SQLSTATE 55P03 or the server's "lock timeout"), in words that say why; empty when no
    statement did. Its remedy is Remedy::DryRunCopy. */
QString lockTimeoutFailure(const QList<StepRun> &steps);

} // namespace godwit
