-- The safe form: no sqlite-table-rebuild.
ALTER TABLE orders ADD COLUMN total_real REAL;
