-- The safe form: no drop-index.
CREATE INDEX idx_orders_status ON orders (status);
