-- The safe form: no drop-index.
ALTER TABLE orders ADD INDEX idx_orders_status (status);
