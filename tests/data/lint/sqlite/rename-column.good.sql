-- The safe form: no rename-column.
ALTER TABLE customers ADD COLUMN full_name TEXT;
