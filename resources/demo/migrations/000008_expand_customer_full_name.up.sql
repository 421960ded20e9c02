-- Expand: the new column arrives next to the old one; the application writes both
-- until the contract step.
ALTER TABLE customers ADD COLUMN full_name TEXT;
