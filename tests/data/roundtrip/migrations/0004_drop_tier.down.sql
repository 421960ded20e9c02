-- Brings the column back without its default, and without its values.
ALTER TABLE customers ADD COLUMN tier VARCHAR(10);
