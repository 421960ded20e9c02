DROP TRIGGER trg_orders_touch;
