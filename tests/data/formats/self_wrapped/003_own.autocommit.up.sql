BEGIN;
UPDATE ledger SET amount = amount + 1;
COMMIT;
