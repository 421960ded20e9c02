-- The safe form: no check-without-not-valid.
ALTER TABLE orders ADD CONSTRAINT positive CHECK (total_cents >= 0) NOT VALID;
