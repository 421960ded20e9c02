-- Finds check-without-not-valid.
ALTER TABLE orders ADD CONSTRAINT positive CHECK (total_cents >= 0);
