-- Finds transaction-control.
START TRANSACTION;
UPDATE orders SET status = 'new' WHERE status IS NULL;
COMMIT;
