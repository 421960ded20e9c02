-- Verify shop:customers on pg
SELECT id, name FROM shop.customers WHERE FALSE;
