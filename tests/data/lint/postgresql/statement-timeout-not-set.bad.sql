-- Finds statement-timeout-not-set.
ALTER TABLE orders ADD COLUMN note text;
