-- The safe form: no lock-timeout-not-set.
SET SESSION lock_wait_timeout = 5;
ALTER TABLE orders ADD COLUMN note TEXT;
