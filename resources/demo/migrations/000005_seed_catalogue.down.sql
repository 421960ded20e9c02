DELETE FROM order_items WHERE order_id IN (1, 2);
DELETE FROM orders WHERE id IN (1, 2);
DELETE FROM customers WHERE email IN ('ada@example.org', 'grace@example.org');
DELETE FROM products WHERE sku IN ('GW-MUG', 'GW-MAP', 'GW-BIN');
