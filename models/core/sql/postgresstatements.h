#pragma once

#include "sqlsplitter.h"

#include <QString>

#include <optional>

namespace godwit {

/*! What PostgreSQL's own parser (libpg_query) says about one statement, for the runner. */
struct PostgresStatementInfo
{
    bool parsed = false;
    /*! Why it cannot run inside a transaction block, or empty: CREATE/DROP/REINDEX …
        CONCURRENTLY, VACUUM, CREATE/DROP DATABASE and TABLESPACE, ALTER SYSTEM, and
        ALTER TYPE … ADD VALUE on servers before 12. */
    QString noTransactionReason;
    QString concurrentIndex; ///< the index CREATE INDEX CONCURRENTLY builds, if that is it
    bool transactionControl = false; ///< BEGIN, COMMIT, ROLLBACK, SAVEPOINT …
    /*! For CREATE/DROP/REINDEX … CONCURRENTLY: the same statement without CONCURRENTLY,
        which a transaction can hold (a dry run runs that and says so); else empty. */
    QString transactionalForm;
};

/*! serverVersion: as server_version_num (150004 for 15.4). */
PostgresStatementInfo analysePostgresStatement(const QString &sql, int serverVersion);

} // namespace godwit
