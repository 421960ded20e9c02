-- Finds set-not-null.
ALTER TABLE orders ALTER COLUMN note SET NOT NULL;
