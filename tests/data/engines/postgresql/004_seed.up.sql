DO $$
BEGIN
    FOR i IN 1..5 LOOP
        INSERT INTO orders (customer, total_cents) VALUES ('customer ' || i, i * 100);
    END LOOP;
END
$$;
UPDATE orders SET status = 'paid' WHERE total_cents >= 300;
