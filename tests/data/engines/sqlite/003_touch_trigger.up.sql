CREATE TRIGGER trg_orders_touch AFTER UPDATE OF status ON orders
BEGIN
    UPDATE orders SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id; -- a comment; with a semicolon
END;
