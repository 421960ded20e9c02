-- Finds rename-column.
ALTER TABLE customers RENAME COLUMN name TO full_name;
