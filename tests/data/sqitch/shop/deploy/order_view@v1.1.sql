CREATE VIEW order_view AS SELECT id FROM orders;
