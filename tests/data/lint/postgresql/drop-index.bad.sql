-- Finds drop-index.
DROP INDEX idx_orders_status;
