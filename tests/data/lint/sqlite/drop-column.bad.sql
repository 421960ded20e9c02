-- Finds drop-column.
ALTER TABLE orders DROP COLUMN note;
