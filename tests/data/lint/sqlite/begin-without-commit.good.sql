-- The safe form: no begin-without-commit.
BEGIN IMMEDIATE;
UPDATE orders SET status = 'new' WHERE status IS NULL;
COMMIT;
