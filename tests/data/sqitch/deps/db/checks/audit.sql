-- Verify shop:audit on pg
SELECT id, order_id, role, at FROM shop.audit WHERE FALSE;
