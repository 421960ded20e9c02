DROP VIEW order_view;
CREATE VIEW order_view AS SELECT id FROM orders;
