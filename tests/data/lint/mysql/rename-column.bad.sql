-- Finds rename-column.
ALTER TABLE customers CHANGE name full_name VARCHAR(200) NOT NULL;
