-- Finds sqlite-table-rebuild.
ALTER TABLE orders ALTER COLUMN total TYPE REAL;
