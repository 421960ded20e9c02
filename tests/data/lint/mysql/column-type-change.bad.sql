-- Finds column-type-change.
ALTER TABLE orders MODIFY total_cents INT NOT NULL;
