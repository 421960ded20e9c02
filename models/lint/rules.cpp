#include "rules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LintRules", text);
}

} // namespace

const QList<LintRule> &lintRules()
{
    using S = Severity;
    static const QList<LintRule> rules = {
        {u"drop-table"_s, S::Error, tr("drop table"),
         tr("the table and every row in it are gone; a running application that still reads it fails"),
         tr("contract last: stop every reader and writer first, keep a backup, rename the table away for a release "
            "before dropping it")},
        {u"drop-column"_s, S::Error, tr("drop column"),
         tr("the column's data is gone, and code that still selects or inserts it fails at once"),
         tr("expand → backfill → contract: deploy code that no longer uses the column, then drop it in a later "
            "migration")},
        {u"drop-database"_s, S::Error, tr("drop database"), tr("everything in the database is gone"),
         tr("do not drop databases from a migration; do it by hand, after a backup")},
        {u"drop-schema"_s, S::Error, tr("drop schema"), tr("every object in the schema, and its data, is gone"),
         tr("drop the objects one by one in a contract step, after their readers are gone")},
        {u"drop-index"_s, S::Warning, tr("drop index"),
         tr("queries that used the index slow down; a plain DROP INDEX on PostgreSQL takes an ACCESS EXCLUSIVE lock "
            "on the table"),
         tr("check the index is unused (pg_stat_user_indexes.idx_scan); on PostgreSQL use DROP INDEX CONCURRENTLY")},
        {u"drop-view"_s, S::Warning, tr("drop view"), tr("readers of the view fail"),
         tr("drop it once nothing reads it; re-create with CREATE OR REPLACE VIEW where the columns stay")},
        {u"drop-function"_s, S::Warning, tr("drop function or procedure"),
         tr("callers, triggers and defaults that use it fail"), tr("drop it once nothing calls it")},
        {u"drop-type"_s, S::Warning, tr("drop type"), tr("columns and functions using the type must go first"),
         tr("drop it in a contract step after its users")},
        {u"drop-constraint"_s, S::Warning, tr("drop constraint"),
         tr("the rule it enforced no longer holds; bad rows can arrive from then on"),
         tr("make sure the application enforces what the constraint did, or replace it first")},
        {u"truncate"_s, S::Error, tr("truncate"), tr("every row of the table is gone, without a trace in triggers"),
         tr("delete what you mean with a WHERE, in batches; keep a backup")},
        {u"truncate-cascade"_s, S::Error, tr("truncate cascade"),
         tr("CASCADE also empties every table that references this one, which the statement does not name"),
         tr("name the tables to empty; never CASCADE in a migration")},
        {u"delete-without-where"_s, S::Error, tr("DELETE without WHERE"), tr("every row of the table is deleted"),
         tr("add the WHERE you mean; delete in batches of a few thousand rows")},
        {u"update-without-where"_s, S::Error, tr("UPDATE without WHERE"),
         tr("every row is rewritten in one transaction: the table is locked row by row for the whole run and bloats"),
         tr("add a WHERE; backfill in batches (WHERE id BETWEEN …, or WHERE col IS NULL LIMIT …)")},
        {u"rename-table"_s, S::Warning, tr("rename table"), tr("code that uses the old name fails at once"),
         tr("expand → contract: create a view under the new (or old) name, move readers, then rename")},
        {u"rename-column"_s, S::Warning, tr("rename column"), tr("code that uses the old name fails at once"),
         tr("expand → backfill → contract: add the new column, write both, backfill, move readers, drop the old")},
        {u"column-type-change"_s, S::Warning, tr("column type change"),
         tr("the table is rewritten under an exclusive lock (PostgreSQL, MySQL COPY); a narrower type loses or "
            "rejects data"),
         tr("add a column of the new type, backfill in batches, switch readers, drop the old column")},
        {u"add-not-null-column-without-default"_s, S::Error, tr("NOT NULL column without a default"),
         tr("fails on a table that has rows (PostgreSQL, SQLite), or fills them with an implicit value (MySQL)"),
         tr("add the column nullable, backfill, then add the NOT NULL; or give it a constant default")},
        {u"set-not-null"_s, S::Warning, tr("SET NOT NULL"),
         tr("the whole table is scanned under an ACCESS EXCLUSIVE lock to check for NULLs"),
         tr("ADD CONSTRAINT … CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT; then SET NOT NULL "
            "(PostgreSQL 12+ uses the validated check and skips the scan)")},
        {u"volatile-default"_s, S::Warning, tr("volatile default"),
         tr("a column added with a volatile default (random(), clock_timestamp(), gen_random_uuid()…) rewrites the "
            "whole table under an exclusive lock"),
         tr("add the column without a default, set the default, backfill in batches")},
        {u"foreign-key-without-not-valid"_s, S::Warning, tr("foreign key without NOT VALID"),
         tr("adding it scans the table while blocking writes to both tables"),
         tr("ADD CONSTRAINT … NOT VALID, then VALIDATE CONSTRAINT in a later statement (a lighter lock)")},
        {u"check-without-not-valid"_s, S::Warning, tr("check constraint without NOT VALID"),
         tr("adding it scans the whole table under an ACCESS EXCLUSIVE lock"),
         tr("ADD CONSTRAINT … NOT VALID, then VALIDATE CONSTRAINT")},
        {u"unique-constraint-blocking"_s, S::Warning, tr("unique constraint with a blocking index build"),
         tr("the index behind it is built while writes to the table wait"),
         tr("CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … UNIQUE USING INDEX")},
        {u"primary-key-blocking"_s, S::Warning, tr("primary key with a blocking index build"),
         tr("the index behind it is built while writes to the table wait"),
         tr("CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … PRIMARY KEY USING INDEX")},
        {u"create-index-non-concurrent"_s, S::Warning, tr("index built without CONCURRENTLY"),
         tr("writes to the table wait until the index is built"),
         tr("CREATE INDEX CONCURRENTLY (Godwit runs it outside a transaction)")},
        {u"concurrently-in-transaction"_s, S::Error, tr("CONCURRENTLY inside a transaction"),
         tr("PostgreSQL refuses CONCURRENTLY inside a transaction block"),
         tr("remove the BEGIN/COMMIT around it; Godwit runs such statements on their own")},
        {u"transaction-control"_s, S::Warning, tr("transaction statement in a migration"),
         tr("Godwit already runs the migration in a transaction with its history row: a COMMIT inside ends it early "
            "and a failure after it leaves the migration half applied"),
         tr("remove BEGIN/COMMIT; mark the script -- godwit:no-transaction if it must not run in one")},
        {u"begin-without-commit"_s, S::Error, tr("BEGIN without COMMIT"),
         tr("the transaction stays open to the end of the script"), tr("remove the BEGIN, or end it")},
        {u"lock-timeout-not-set"_s, S::Warning, tr("lock timeout not set"),
         tr("a statement that waits for a lock makes every later query on the table wait behind it"),
         tr("SET lock_timeout = '5s' at the top (or settings.lockTimeout in godwit.json) and retry on timeout")},
        {u"statement-timeout-not-set"_s, S::Info, tr("statement timeout not set"),
         tr("a statement that runs longer than expected holds its locks for as long as it runs"),
         tr("SET statement_timeout (or settings.statementTimeout in godwit.json)")},
        {u"char-n"_s, S::Info, tr("char(n)"), tr("char(n) pads with spaces and is no faster than text or varchar"),
         tr("use text (PostgreSQL) or varchar(n)")},
        {u"int-primary-key"_s, S::Info, tr("int primary key"),
         tr("a 32-bit key runs out at 2,147,483,647; changing it later rewrites the table and its references"),
         tr("use bigint")},
        {u"prefer-identity"_s, S::Info, tr("serial over identity"),
         tr("serial's sequence is a separate object with its own grants and ownership quirks"),
         tr("use bigint GENERATED ALWAYS AS IDENTITY")},
        {u"timestamp-without-time-zone"_s, S::Info, tr("timestamp without time zone"),
         tr("the value means a different instant depending on who reads it"), tr("use timestamptz")},
        {u"identifier-too-long"_s, S::Error, tr("identifier over 63 bytes"),
         tr("PostgreSQL truncates it silently: two names can become one, and later migrations miss it"),
         tr("use a name of 63 bytes or fewer")},
        {u"enum-value-without-position"_s, S::Info, tr("enum value added without position"),
         tr("the new value sorts last, which changes ORDER BY on the column"),
         tr("say where it goes: ADD VALUE 'x' BEFORE 'y' / AFTER 'y'")},
        {u"sqlite-table-rebuild"_s, S::Warning, tr("SQLite ALTER that needs a table rebuild"),
         tr("SQLite's ALTER TABLE cannot do this; it fails or needs the table rebuilt"),
         tr("SQLite's recipe: create the new table, copy the rows, drop the old, rename the new, re-create indexes, "
            "triggers and views, in one transaction with foreign_keys off")},
        {u"mysql-copy-alter"_s, S::Warning, tr("MySQL ALTER that copies the table or blocks writes"),
         tr("the server copies the table row by row (ALGORITHM=COPY) or rebuilds it under a lock: writes wait for "
            "the whole of it, and replicas replay it as long again"),
         tr("use a change this server does INSTANT or INPLACE, state ALGORITHM=INPLACE, LOCK=NONE so it fails instead "
            "of copying, or use an online schema change tool (gh-ost, pt-online-schema-change)")},
        {u"mysql-rebuild-alter"_s, S::Info, tr("MySQL ALTER that rebuilds the table in place"),
         tr("InnoDB rebuilds the table (ALGORITHM=INPLACE): writes go on, but it needs time and free disk space in "
            "proportion to the table, and replicas lag while they replay it"),
         tr("on a large table run it off-peak or with an online schema change tool; on a newer server the same "
            "change may be INSTANT")},
        {u"mysql-algorithm-unsupported"_s, S::Error, tr("ALGORITHM or LOCK the server refuses"),
         tr("the server cannot do this change with the ALGORITHM or LOCK asked for, so the ALTER stops with "
            "ER_ALTER_OPERATION_NOT_SUPPORTED and the migration fails"),
         tr("ask for an algorithm the server supports for this change, split the ALTER so the cheap clauses keep "
            "their algorithm, or use an online schema change tool")},
        {u"missing-down"_s, S::Warning, tr("migration without a down script"),
         tr("there is no tested way back if the deployment goes wrong"),
         tr("write the down script, or a manual rollback note in the deployment")},
        {u"down-does-not-undo-up"_s, S::Warning, tr("down script that does not undo its up"),
         tr("the reversibility check (up, down, compare on a dry run) found the schema not as it was: a rollback "
            "would not restore it"),
         tr("make the down drop what the up creates and restore what it changes, or write the manual rollback in the "
            "deployment")},
        {u"statement-not-analysed"_s, S::Warning, tr("statement not analysed"),
         tr("the parser does not know this syntax, so no rule looked at it"),
         tr("review it by hand")},
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
