CREATE TRIGGER trg_orders_note BEFORE INSERT ON orders FOR EACH ROW
BEGIN
    IF NEW.note IS NULL THEN
        SET NEW.note = CONCAT('created for ', NEW.customer, '; by trigger');
    END IF;
END;
