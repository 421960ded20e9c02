-- Finds transaction-control: the COMMIT ends Godwit's transaction halfway.
UPDATE orders SET status = 'new' WHERE status IS NULL;
COMMIT;
BEGIN;
UPDATE orders SET status = 'old' WHERE status = '';
COMMIT;
