ALTER TABLE customers ADD COLUMN name TEXT NOT NULL DEFAULT '';
UPDATE customers SET name = coalesce(full_name, '');
