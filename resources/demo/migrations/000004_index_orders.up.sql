-- Lookups by customer, and the open-orders queue of the warehouse screen.
CREATE INDEX idx_orders_customer ON orders (customer_id);
CREATE INDEX idx_orders_open ON orders (placed_at) WHERE status IN ('new', 'paid');
