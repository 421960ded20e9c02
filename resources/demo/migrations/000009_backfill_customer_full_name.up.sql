-- Backfill in batches so that no single statement holds the write lock for long on a
-- large table; each batch touches at most 1000 rows.
UPDATE customers SET full_name = name
WHERE id IN (SELECT id FROM customers WHERE full_name IS NULL LIMIT 1000);
UPDATE customers SET full_name = name
WHERE id IN (SELECT id FROM customers WHERE full_name IS NULL LIMIT 1000);
