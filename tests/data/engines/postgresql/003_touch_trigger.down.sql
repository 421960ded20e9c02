DROP TRIGGER trg_orders_touch ON orders;
DROP FUNCTION touch_updated_at();
