-- Finds rename-table.
ALTER TABLE orders RENAME TO purchases;
