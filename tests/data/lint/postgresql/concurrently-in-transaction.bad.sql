-- Finds concurrently-in-transaction.
BEGIN;
CREATE INDEX CONCURRENTLY idx_orders_status ON orders (status);
COMMIT;
