CREATE VIEW paid_orders AS SELECT id, customer, total_cents FROM orders WHERE status = 'paid';
