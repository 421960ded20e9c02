-- The safe form: no set-not-null.
ALTER TABLE orders ADD CONSTRAINT orders_note_not_null CHECK (note IS NOT NULL) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_note_not_null;
ALTER TABLE orders ALTER COLUMN note SET NOT NULL;
