CREATE TABLE log (msg TEXT);
CREATE TRIGGER trg AFTER INSERT ON log
BEGIN
    INSERT INTO log VALUES ('nested; insert');
    UPDATE log SET msg = msg || ';' WHERE 0;
END;
SELECT count(*) FROM log;
