-- The safe form: no column-type-change.
ALTER TABLE orders ADD COLUMN total_cents_new bigint;
