-- The safe form: no lock-timeout-not-set.
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN note text;
