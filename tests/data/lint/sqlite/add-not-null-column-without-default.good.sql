-- The safe form: no add-not-null-column-without-default.
ALTER TABLE orders ADD COLUMN note TEXT NOT NULL DEFAULT '';
