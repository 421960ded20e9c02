ALTER TABLE orders ADD COLUMN note text;
UPDATE orders SET note = 'big' WHERE total_cents > 100;
INSERT INTO orders (status, total_cents, note) VALUES ('new', 999, 'dry');
DO $$ BEGIN RAISE NOTICE 'orders expanded'; END $$;
