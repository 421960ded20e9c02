DELIMITER $$
CREATE PROCEDURE mark_paid(IN min_cents BIGINT)
BEGIN
    -- semicolons; inside the body
    UPDATE orders SET status = 'paid' WHERE total_cents >= min_cents;
    SELECT ROW_COUNT();
END$$
DELIMITER ;
