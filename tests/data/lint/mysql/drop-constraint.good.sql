-- The safe form: no drop-constraint.
ALTER TABLE orders ADD INDEX idx_customer (customer_id);
