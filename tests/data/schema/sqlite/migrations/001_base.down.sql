DROP TRIGGER trg_orders_note;
DROP VIEW order_totals;
DROP TABLE order_lines;
DROP TABLE orders;
DROP TABLE customers;
