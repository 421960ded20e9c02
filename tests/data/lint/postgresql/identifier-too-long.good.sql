-- The safe form: no identifier-too-long.
CREATE INDEX CONCURRENTLY idx_orders_reporting ON orders (customer_id, status, created_at);
