-- Finds lock-timeout-not-set.
ALTER TABLE orders ADD COLUMN note TEXT;
