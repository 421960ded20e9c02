DROP INDEX idx_orders_open;
DROP INDEX idx_orders_customer;
