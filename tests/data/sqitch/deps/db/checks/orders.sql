-- Verify shop:orders on pg
SELECT id, customer, total FROM shop.orders WHERE FALSE;
