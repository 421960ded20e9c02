-- Finds transaction-control.
START TRANSACTION;
UPDATE orders SET status = 'new' WHERE status IS NULL;
COMMIT;
UPDATE orders SET status = 'old' WHERE status = 'new';
