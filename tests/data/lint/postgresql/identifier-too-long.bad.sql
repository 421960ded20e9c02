-- Finds identifier-too-long.
CREATE INDEX CONCURRENTLY idx_orders_customer_and_status_and_created_at_for_the_reporting_dashboard ON orders (customer_id, status, created_at);
