DROP TRIGGER trg_orders_note;
