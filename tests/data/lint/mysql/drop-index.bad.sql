-- Finds drop-index.
ALTER TABLE orders DROP INDEX idx_orders_status;
