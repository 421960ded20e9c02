-- Finds begin-without-commit.
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
