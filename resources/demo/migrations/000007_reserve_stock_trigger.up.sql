-- Keep stock honest: an order line takes its quantity off the shelf.
CREATE TRIGGER trg_order_items_reserve_stock
AFTER INSERT ON order_items
BEGIN
    UPDATE products SET stock = stock - NEW.quantity WHERE id = NEW.product_id;
    SELECT RAISE(ABORT, 'not enough stock')
    WHERE (SELECT stock FROM products WHERE id = NEW.product_id) < 0;
END;
