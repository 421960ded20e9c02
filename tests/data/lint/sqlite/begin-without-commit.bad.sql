-- Finds begin-without-commit.
BEGIN IMMEDIATE;
UPDATE orders SET status = 'new' WHERE status IS NULL;
