WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5)
INSERT INTO orders (customer, total_cents) SELECT 'customer ' || i, i * 100 FROM n;
UPDATE orders SET status = 'paid' WHERE total_cents >= 300;
