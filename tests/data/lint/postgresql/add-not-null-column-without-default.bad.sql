-- Finds add-not-null-column-without-default.
ALTER TABLE orders ADD COLUMN note text NOT NULL;
