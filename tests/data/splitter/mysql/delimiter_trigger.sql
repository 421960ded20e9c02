delimiter //
CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW
BEGIN
  IF NEW.a < 0 THEN
    SET NEW.a = 0;
  END IF;
END //
delimiter ;
SELECT 1;
