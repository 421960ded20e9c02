-- The safe form: no begin-without-commit.
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
