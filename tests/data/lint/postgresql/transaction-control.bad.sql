-- Finds transaction-control: the COMMIT ends Godwit's transaction halfway.
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
BEGIN;
UPDATE orders SET note = '' WHERE note IS NULL;
COMMIT;
