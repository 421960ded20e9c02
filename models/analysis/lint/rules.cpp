#include "rules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LintRules)
};

} // namespace

const QList<LintRule> &lintRules()
{
    using S = Severity;
    static const QList<LintRule> rules = {
        {u"drop-table"_s, S::Error, Text::tr("drop table"),
         Text::tr("the table and every row in it are gone; a running application that still reads it fails"),
         Text::tr("contract last: stop every reader and writer first, keep a backup, rename the table away for a release "
            "before dropping it")},
        {u"drop-column"_s, S::Error, Text::tr("drop column"),
         Text::tr("the column's data is gone, and code that still selects or inserts it fails at once"),
         Text::tr("expand → backfill → contract: deploy code that no longer uses the column, then drop it in a later "
            "migration")},
        {u"drop-database"_s, S::Error, Text::tr("drop database"), Text::tr("everything in the database is gone"),
         Text::tr("do not drop databases from a migration; do it by hand, after a backup")},
        {u"drop-schema"_s, S::Error, Text::tr("drop schema"), Text::tr("every object in the schema, and its data, is gone"),
         Text::tr("drop the objects one by one in a contract step, after their readers are gone")},
        {u"drop-index"_s, S::Warning, Text::tr("drop index"),
         Text::tr("queries that used the index slow down; a plain DROP INDEX on PostgreSQL takes an ACCESS EXCLUSIVE lock "
            "on the table"),
         Text::tr("check the index is unused (pg_stat_user_indexes.idx_scan); on PostgreSQL use DROP INDEX CONCURRENTLY")},
        {u"drop-view"_s, S::Warning, Text::tr("drop view"), Text::tr("readers of the view fail"),
         Text::tr("drop it once nothing reads it; re-create with CREATE OR REPLACE VIEW where the columns stay")},
        {u"drop-function"_s, S::Warning, Text::tr("drop function or procedure"),
         Text::tr("callers, triggers and defaults that use it fail"), Text::tr("drop it once nothing calls it")},
        {u"drop-type"_s, S::Warning, Text::tr("drop type"), Text::tr("columns and functions using the type must go first"),
         Text::tr("drop it in a contract step after its users")},
        {u"drop-constraint"_s, S::Warning, Text::tr("drop constraint"),
         Text::tr("the rule it enforced no longer holds; bad rows can arrive from then on"),
         Text::tr("make sure the application enforces what the constraint did, or replace it first")},
        {u"truncate"_s, S::Error, Text::tr("truncate"), Text::tr("every row of the table is gone, without a trace in triggers"),
         Text::tr("delete what you mean with a WHERE, in batches; keep a backup")},
        {u"truncate-cascade"_s, S::Error, Text::tr("truncate cascade"),
         Text::tr("CASCADE also empties every table that references this one, which the statement does not name"),
         Text::tr("name the tables to empty; never CASCADE in a migration")},
        {u"delete-without-where"_s, S::Error, Text::tr("DELETE without WHERE"), Text::tr("every row of the table is deleted"),
         Text::tr("add the WHERE you mean; delete in batches of a few thousand rows")},
        {u"update-without-where"_s, S::Error, Text::tr("UPDATE without WHERE"),
         Text::tr("every row is rewritten in one transaction: the table is locked row by row for the whole run and bloats"),
         Text::tr("add a WHERE; backfill in batches (WHERE id BETWEEN …, or WHERE col IS NULL LIMIT …)")},
        {u"rename-table"_s, S::Warning, Text::tr("rename table"), Text::tr("code that uses the old name fails at once"),
         Text::tr("expand → contract: create a view under the new (or old) name, move readers, then rename")},
        {u"rename-column"_s, S::Warning, Text::tr("rename column"), Text::tr("code that uses the old name fails at once"),
         Text::tr("expand → backfill → contract: add the new column, write both, backfill, move readers, drop the old")},
        {u"column-type-change"_s, S::Warning, Text::tr("column type change"),
         Text::tr("the table is rewritten under an exclusive lock (PostgreSQL, MySQL COPY); a narrower type loses or "
            "rejects data"),
         Text::tr("add a column of the new type, backfill in batches, switch readers, drop the old column")},
        {u"add-not-null-column-without-default"_s, S::Error, Text::tr("NOT NULL column without a default"),
         Text::tr("fails on a table that has rows (PostgreSQL, SQLite), or fills them with an implicit value (MySQL)"),
         Text::tr("add the column nullable, backfill, then add the NOT NULL; or give it a constant default")},
        {u"set-not-null"_s, S::Warning, Text::tr("SET NOT NULL"),
         Text::tr("the whole table is scanned under an ACCESS EXCLUSIVE lock to check for NULLs"),
         Text::tr("ADD CONSTRAINT … CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT; then SET NOT NULL "
            "(PostgreSQL 12+ uses the validated check and skips the scan)")},
        {u"volatile-default"_s, S::Warning, Text::tr("volatile default"),
         Text::tr("a column added with a volatile default (random(), clock_timestamp(), gen_random_uuid()…) rewrites the "
            "whole table under an exclusive lock"),
         Text::tr("add the column without a default, set the default, backfill in batches")},
        {u"foreign-key-without-not-valid"_s, S::Warning, Text::tr("foreign key without NOT VALID"),
         Text::tr("adding it scans the table while blocking writes to both tables"),
         Text::tr("ADD CONSTRAINT … NOT VALID, then VALIDATE CONSTRAINT in a later statement (a lighter lock)")},
        {u"check-without-not-valid"_s, S::Warning, Text::tr("check constraint without NOT VALID"),
         Text::tr("adding it scans the whole table under an ACCESS EXCLUSIVE lock"),
         Text::tr("ADD CONSTRAINT … NOT VALID, then VALIDATE CONSTRAINT")},
        {u"unique-constraint-blocking"_s, S::Warning, Text::tr("unique constraint with a blocking index build"),
         Text::tr("the index behind it is built while writes to the table wait"),
         Text::tr("CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … UNIQUE USING INDEX")},
        {u"primary-key-blocking"_s, S::Warning, Text::tr("primary key with a blocking index build"),
         Text::tr("the index behind it is built while writes to the table wait"),
         Text::tr("CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … PRIMARY KEY USING INDEX")},
        {u"create-index-non-concurrent"_s, S::Warning, Text::tr("index built without CONCURRENTLY"),
         Text::tr("writes to the table wait until the index is built"),
         Text::tr("CREATE INDEX CONCURRENTLY (Godwit runs it outside a transaction)")},
        {u"concurrently-in-transaction"_s, S::Error, Text::tr("CONCURRENTLY inside a transaction"),
         Text::tr("PostgreSQL refuses CONCURRENTLY inside a transaction block"),
         Text::tr("remove the BEGIN/COMMIT around it; Godwit runs such statements on their own")},
        {u"transaction-control"_s, S::Error, Text::tr("transaction statement in a migration"),
         Text::tr("Godwit runs a migration in a transaction with its history row; one that commits or rolls back "
            "itself runs statement by statement instead, and a failure after its COMMIT leaves it half applied, "
            "recorded as failed until it is repaired"),
         Text::tr("remove BEGIN/COMMIT and let Godwit's transaction hold the migration; split it into two migrations "
            "where a part must be committed first")},
        {u"begin-without-commit"_s, S::Error, Text::tr("BEGIN without COMMIT"),
         Text::tr("the transaction stays open to the end of the script"), Text::tr("remove the BEGIN, or end it")},
        {u"lock-timeout-not-set"_s, S::Warning, Text::tr("lock timeout not set"),
         Text::tr("a statement that waits for a lock makes every later query on the table wait behind it"),
         Text::tr("SET lock_timeout = '5s' at the top (or settings.lockTimeout in godwit.json) and retry on timeout")},
        {u"statement-timeout-not-set"_s, S::Info, Text::tr("statement timeout not set"),
         Text::tr("a statement that runs longer than expected holds its locks for as long as it runs"),
         Text::tr("SET statement_timeout (or settings.statementTimeout in godwit.json)")},
        {u"char-n"_s, S::Info, Text::tr("char(n)"), Text::tr("char(n) pads with spaces and is no faster than text or varchar"),
         Text::tr("use text (PostgreSQL) or varchar(n)")},
        {u"int-primary-key"_s, S::Info, Text::tr("int primary key"),
         Text::tr("a 32-bit key runs out at 2,147,483,647; changing it later rewrites the table and its references"),
         Text::tr("use bigint")},
        {u"prefer-identity"_s, S::Info, Text::tr("serial over identity"),
         Text::tr("serial's sequence is a separate object with its own grants and ownership quirks"),
         Text::tr("use bigint GENERATED ALWAYS AS IDENTITY")},
        {u"timestamp-without-time-zone"_s, S::Info, Text::tr("timestamp without time zone"),
         Text::tr("the value means a different instant depending on who reads it"), Text::tr("use timestamptz")},
        {u"identifier-too-long"_s, S::Error, Text::tr("identifier over 63 bytes"),
         Text::tr("PostgreSQL truncates it silently: two names can become one, and later migrations miss it"),
         Text::tr("use a name of 63 bytes or fewer")},
        {u"enum-value-without-position"_s, S::Info, Text::tr("enum value added without position"),
         Text::tr("the new value sorts last, which changes ORDER BY on the column"),
         Text::tr("say where it goes: ADD VALUE 'x' BEFORE 'y' / AFTER 'y'")},
        {u"sqlite-table-rebuild"_s, S::Warning, Text::tr("SQLite ALTER that needs a table rebuild"),
         Text::tr("SQLite's ALTER TABLE cannot do this; it fails or needs the table rebuilt"),
         Text::tr("SQLite's recipe: create the new table, copy the rows, drop the old, rename the new, re-create indexes, "
            "triggers and views, in one transaction with foreign_keys off")},
        {u"mysql-copy-alter"_s, S::Warning, Text::tr("MySQL ALTER that copies the table or blocks writes"),
         Text::tr("the server copies the table row by row (ALGORITHM=COPY) or rebuilds it under a lock: writes wait for "
            "the whole of it, and replicas replay it as long again"),
         Text::tr("use a change this server does INSTANT or INPLACE, state ALGORITHM=INPLACE, LOCK=NONE so it fails instead "
            "of copying, or use an online schema change tool (gh-ost, pt-online-schema-change)")},
        {u"mysql-rebuild-alter"_s, S::Info, Text::tr("MySQL ALTER that rebuilds the table in place"),
         Text::tr("InnoDB rebuilds the table (ALGORITHM=INPLACE): writes go on, but it needs time and free disk space in "
            "proportion to the table, and replicas lag while they replay it"),
         Text::tr("on a large table run it off-peak or with an online schema change tool; on a newer server the same "
            "change may be INSTANT")},
        {u"mysql-algorithm-unsupported"_s, S::Error, Text::tr("ALGORITHM or LOCK the server refuses"),
         Text::tr("the server cannot do this change with the ALGORITHM or LOCK asked for, so the ALTER stops with "
            "ER_ALTER_OPERATION_NOT_SUPPORTED and the migration fails"),
         Text::tr("ask for an algorithm the server supports for this change, split the ALTER so the cheap clauses keep "
            "their algorithm, or use an online schema change tool")},
        {u"missing-down"_s, S::Warning, Text::tr("migration without a down script"),
         Text::tr("there is no tested way back if the deployment goes wrong"),
         Text::tr("write the down script, or a manual rollback note in the deployment")},
        {u"down-does-not-undo-up"_s, S::Warning, Text::tr("down script that does not undo its up"),
         Text::tr("the reversibility check (up, down, compare on a dry run) found the schema not as it was: a rollback "
            "would not restore it"),
         Text::tr("make the down drop what the up creates and restore what it changes, or write the manual rollback in the "
            "deployment")},
        {u"statement-not-analysed"_s, S::Warning, Text::tr("statement not analysed"),
         Text::tr("the parser does not know this syntax, so no rule looked at it"),
         Text::tr("review it by hand")},
    };
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
