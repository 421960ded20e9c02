INSERT INTO products (sku, title, price_cents, stock) VALUES
    ('GW-MUG', 'Godwit mug', 1290, 40),
    ('GW-MAP', 'Flyway map of the Pacific', 2450, 12),
    ('GW-BIN', 'Binoculars 8x42', 18900, 5);

INSERT INTO customers (name, email) VALUES
    ('Ada Lovelace', 'ada@example.org'),
    ('Grace Hopper', 'grace@example.org');

INSERT INTO orders (customer_id, status) VALUES (1, 'paid'), (2, 'new');
INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents) VALUES
    (1, 1, 2, 1290),
    (1, 2, 1, 2450),
    (2, 3, 1, 18900);
