-- The safe form: no create-index-non-concurrent.
CREATE INDEX CONCURRENTLY idx_orders_status ON orders (status);
