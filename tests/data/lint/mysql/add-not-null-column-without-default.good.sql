-- The safe form: no add-not-null-column-without-default.
ALTER TABLE orders ADD COLUMN note VARCHAR(100) NOT NULL DEFAULT '';
