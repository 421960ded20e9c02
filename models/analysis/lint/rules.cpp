#include "rules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(LintRules)
};

// Rules about data that is gone: drops, truncates, writes without WHERE.
QList<LintRule> dataLossRules()
{
    using S = Severity;
    return {
        {u"drop-table"_s, S::Error, Text::msg("drop table"),
         Text::msg("the table and every row in it are gone; a running application that still reads it fails"),
         Text::msg("contract last: stop every reader and writer first, keep a backup, rename the table away for a release "
            "before dropping it")},
        {u"drop-column"_s, S::Error, Text::msg("drop column"),
         Text::msg("the column's data is gone, and code that still selects or inserts it fails at once"),
         Text::msg("expand → backfill → contract: deploy code that no longer uses the column, then drop it in a later "
            "migration")},
        {u"drop-database"_s, S::Error, Text::msg("drop database"), Text::msg("everything in the database is gone"),
         Text::msg("do not drop databases from a migration; do it by hand, after a backup")},
        {u"drop-schema"_s, S::Error, Text::msg("drop schema"), Text::msg("every object in the schema, and its data, is gone"),
         Text::msg("drop the objects one by one in a contract step, after their readers are gone")},
        {u"drop-index"_s, S::Warning, Text::msg("drop index"),
         Text::msg("queries that used the index slow down; a plain DROP INDEX on PostgreSQL takes an ACCESS EXCLUSIVE lock "
            "on the table"),
         Text::msg("check the index is unused (pg_stat_user_indexes.idx_scan); on PostgreSQL use DROP INDEX CONCURRENTLY")},
        {u"drop-view"_s, S::Warning, Text::msg("drop view"), Text::msg("readers of the view fail"),
         Text::msg("drop it once nothing reads it; re-create with CREATE OR REPLACE VIEW where the columns stay")},
        {u"drop-function"_s, S::Warning, Text::msg("drop function or procedure"),
         Text::msg("callers, triggers and defaults that use it fail"), Text::msg("drop it once nothing calls it")},
        {u"drop-type"_s, S::Warning, Text::msg("drop type"), Text::msg("columns and functions using the type must go first"),
         Text::msg("drop it in a contract step after its users")},
        {u"drop-constraint"_s, S::Warning, Text::msg("drop constraint"),
         Text::msg("the rule it enforced no longer holds; bad rows can arrive from then on"),
         Text::msg("make sure the application enforces what the constraint did, or replace it first")},
        {u"truncate"_s, S::Error, Text::msg("truncate"), Text::msg("every row of the table is gone, without a trace in triggers"),
         Text::msg("delete what you mean with a WHERE, in batches; keep a backup")},
        {u"truncate-cascade"_s, S::Error, Text::msg("truncate cascade"),
         Text::msg("CASCADE also empties every table that references this one, which the statement does not name"),
         Text::msg("name the tables to empty; never CASCADE in a migration")},
        {u"delete-without-where"_s, S::Error, Text::msg("DELETE without WHERE"), Text::msg("every row of the table is deleted"),
         Text::msg("add the WHERE you mean; delete in batches of a few thousand rows")},
        {u"update-without-where"_s, S::Error, Text::msg("UPDATE without WHERE"),
         Text::msg("every row is rewritten in one transaction: the table is locked row by row for the whole run and bloats"),
         Text::msg("add a WHERE; backfill in batches (WHERE id BETWEEN …, or WHERE col IS NULL LIMIT …)")},
    };
}

// Rules about what blocks the application: renames, rewrites, validations, index builds, transactions and timeouts.
QList<LintRule> lockingRules()
{
    using S = Severity;
    return {
        {u"rename-table"_s, S::Warning, Text::msg("rename table"), Text::msg("code that uses the old name fails at once"),
         Text::msg("expand → contract: create a view under the new (or old) name, move readers, then rename")},
        {u"rename-column"_s, S::Warning, Text::msg("rename column"), Text::msg("code that uses the old name fails at once"),
         Text::msg("expand → backfill → contract: add the new column, write both, backfill, move readers, drop the old")},
        {u"column-type-change"_s, S::Warning, Text::msg("column type change"),
         Text::msg("the table is rewritten under an exclusive lock (PostgreSQL, MySQL COPY); a narrower type loses or "
            "rejects data"),
         Text::msg("add a column of the new type, backfill in batches, switch readers, drop the old column")},
        {u"add-not-null-column-without-default"_s, S::Error, Text::msg("NOT NULL column without a default"),
         Text::msg("fails on a table that has rows (PostgreSQL, SQLite), or fills them with an implicit value (MySQL)"),
         Text::msg("add the column nullable, backfill, then add the NOT NULL; or give it a constant default")},
        {u"set-not-null"_s, S::Warning, Text::msg("SET NOT NULL"),
         Text::msg("the whole table is scanned under an ACCESS EXCLUSIVE lock to check for NULLs"),
         Text::msg("ADD CONSTRAINT … CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT; then SET NOT NULL "
            "(PostgreSQL 12+ uses the validated check and skips the scan)")},
        {u"volatile-default"_s, S::Warning, Text::msg("volatile default"),
         Text::msg("a column added with a volatile default (random(), clock_timestamp(), gen_random_uuid()…) rewrites the "
            "whole table under an exclusive lock"),
         Text::msg("add the column without a default, set the default, backfill in batches")},
        {u"foreign-key-without-not-valid"_s, S::Warning, Text::msg("foreign key without NOT VALID"),
         Text::msg("adding it scans the table while blocking writes to both tables"),
         Text::msg("ADD CONSTRAINT … NOT VALID, then VALIDATE CONSTRAINT in a later statement (a lighter lock)")},
        {u"check-without-not-valid"_s, S::Warning, Text::msg("check constraint without NOT VALID"),
         Text::msg("adding it scans the whole table under an ACCESS EXCLUSIVE lock"),
         Text::msg("ADD CONSTRAINT … NOT VALID, then VALIDATE CONSTRAINT")},
        {u"unique-constraint-blocking"_s, S::Warning, Text::msg("unique constraint with a blocking index build"),
         Text::msg("the index behind it is built while writes to the table wait"),
         Text::msg("CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … UNIQUE USING INDEX")},
        {u"primary-key-blocking"_s, S::Warning, Text::msg("primary key with a blocking index build"),
         Text::msg("the index behind it is built while writes to the table wait"),
         Text::msg("CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … PRIMARY KEY USING INDEX")},
        {u"create-index-non-concurrent"_s, S::Warning, Text::msg("index built without CONCURRENTLY"),
         Text::msg("writes to the table wait until the index is built"),
         Text::msg("CREATE INDEX CONCURRENTLY (Godwit runs it outside a transaction)")},
        {u"concurrently-in-transaction"_s, S::Error, Text::msg("CONCURRENTLY inside a transaction"),
         Text::msg("PostgreSQL refuses CONCURRENTLY inside a transaction block"),
         Text::msg("remove the BEGIN/COMMIT around it; Godwit runs such statements on their own")},
        {u"transaction-control"_s, S::Error, Text::msg("transaction statement in a migration"),
         Text::msg("Godwit runs a migration in a transaction with its history row; one that commits or rolls back "
            "itself runs statement by statement instead, and a failure after its COMMIT leaves it half applied, "
            "recorded as failed until it is repaired"),
         Text::msg("remove BEGIN/COMMIT and let Godwit's transaction hold the migration; split it into two migrations "
            "where a part must be committed first")},
        {u"begin-without-commit"_s, S::Error, Text::msg("BEGIN without COMMIT"),
         Text::msg("the transaction stays open to the end of the script"), Text::msg("remove the BEGIN, or end it")},
        {u"lock-timeout-not-set"_s, S::Warning, Text::msg("lock timeout not set"),
         Text::msg("a statement that waits for a lock makes every later query on the table wait behind it"),
         Text::msg("SET lock_timeout = '5s' at the top (or settings.lockTimeout in godwit.json) and retry on timeout")},
        {u"statement-timeout-not-set"_s, S::Info, Text::msg("statement timeout not set"),
         Text::msg("a statement that runs longer than expected holds its locks for as long as it runs"),
         Text::msg("SET statement_timeout (or settings.statementTimeout in godwit.json)")},
    };
}

// Rules about types and identifiers, each engine's own ALTER limits, and reversibility.
QList<LintRule> typeAndEngineRules()
{
    using S = Severity;
    return {
        {u"char-n"_s, S::Info, Text::msg("char(n)"), Text::msg("char(n) pads with spaces and is no faster than text or varchar"),
         Text::msg("use text (PostgreSQL) or varchar(n)")},
        {u"int-primary-key"_s, S::Info, Text::msg("int primary key"),
         Text::msg("a 32-bit key runs out at 2,147,483,647; changing it later rewrites the table and its references"),
         Text::msg("use bigint")},
        {u"prefer-identity"_s, S::Info, Text::msg("serial over identity"),
         Text::msg("serial's sequence is a separate object with its own grants and ownership quirks"),
         Text::msg("use bigint GENERATED ALWAYS AS IDENTITY")},
        {u"timestamp-without-time-zone"_s, S::Info, Text::msg("timestamp without time zone"),
         Text::msg("the value means a different instant depending on who reads it"), Text::msg("use timestamptz")},
        {u"identifier-too-long"_s, S::Error, Text::msg("identifier over 63 bytes"),
         Text::msg("PostgreSQL truncates it silently: two names can become one, and later migrations miss it"),
         Text::msg("use a name of 63 bytes or fewer")},
        {u"enum-value-without-position"_s, S::Info, Text::msg("enum value added without position"),
         Text::msg("the new value sorts last, which changes ORDER BY on the column"),
         Text::msg("say where it goes: ADD VALUE 'x' BEFORE 'y' / AFTER 'y'")},
        {u"sqlite-table-rebuild"_s, S::Warning, Text::msg("SQLite ALTER that needs a table rebuild"),
         Text::msg("SQLite's ALTER TABLE cannot do this; it fails or needs the table rebuilt"),
         Text::msg("SQLite's recipe: create the new table, copy the rows, drop the old, rename the new, re-create indexes, "
            "triggers and views, in one transaction with foreign_keys off")},
        {u"mysql-copy-alter"_s, S::Warning, Text::msg("MySQL ALTER that copies the table or blocks writes"),
         Text::msg("the server copies the table row by row (ALGORITHM=COPY) or rebuilds it under a lock: writes wait for "
            "the whole of it, and replicas replay it as long again"),
         Text::msg("use a change this server does INSTANT or INPLACE, state ALGORITHM=INPLACE, LOCK=NONE so it fails instead "
            "of copying, or use an online schema change tool (gh-ost, pt-online-schema-change)")},
        {u"mysql-rebuild-alter"_s, S::Info, Text::msg("MySQL ALTER that rebuilds the table in place"),
         Text::msg("InnoDB rebuilds the table (ALGORITHM=INPLACE): writes go on, but it needs time and free disk space in "
            "proportion to the table, and replicas lag while they replay it"),
         Text::msg("on a large table run it off-peak or with an online schema change tool; on a newer server the same "
            "change may be INSTANT")},
        {u"mysql-algorithm-unsupported"_s, S::Error, Text::msg("ALGORITHM or LOCK the server refuses"),
         Text::msg("the server cannot do this change with the ALGORITHM or LOCK asked for, so the ALTER stops with "
            "ER_ALTER_OPERATION_NOT_SUPPORTED and the migration fails"),
         Text::msg("ask for an algorithm the server supports for this change, split the ALTER so the cheap clauses keep "
            "their algorithm, or use an online schema change tool")},
        {u"missing-down"_s, S::Warning, Text::msg("migration without a down script"),
         Text::msg("there is no tested way back if the deployment goes wrong"),
         Text::msg("write the down script, or a manual rollback note in the deployment")},
        {u"down-does-not-undo-up"_s, S::Warning, Text::msg("down script that does not undo its up"),
         Text::msg("the reversibility check (up, down, compare on a dry run) found the schema not as it was: a rollback "
            "would not restore it"),
         Text::msg("make the down drop what the up creates and restore what it changes, or write the manual rollback in the "
            "deployment")},
        {u"statement-not-analysed"_s, S::Warning, Text::msg("statement not analysed"),
         Text::msg("the parser does not know this syntax, so no rule looked at it"),
         Text::msg("review it by hand")},
    };
}

} // namespace

const QList<LintRule> &lintRules()
{
    static const QList<LintRule> rules = dataLossRules() + lockingRules() + typeAndEngineRules();
    return rules;
}

const LintRule *lintRule(const QString &id)
{
    for (const LintRule &r : lintRules()) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

} // namespace godwit
