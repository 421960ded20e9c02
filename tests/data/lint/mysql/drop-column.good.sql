-- The safe form: no drop-column.
ALTER TABLE orders ADD COLUMN note TEXT;
