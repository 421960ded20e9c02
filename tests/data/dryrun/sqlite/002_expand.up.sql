ALTER TABLE orders ADD COLUMN note TEXT;
UPDATE orders SET note = 'big' WHERE total_cents > 100;
INSERT INTO orders (status, total_cents, note) VALUES ('new', 999, 'dry');
