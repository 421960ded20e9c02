-- The safe form: no drop-index.
DROP INDEX CONCURRENTLY idx_orders_status;
