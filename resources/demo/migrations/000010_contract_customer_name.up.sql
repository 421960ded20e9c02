-- Contract: every reader uses full_name now; the old column goes.
ALTER TABLE customers DROP COLUMN name;
