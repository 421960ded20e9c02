-- One change of each kind the diff classes.
ALTER TABLE orders RENAME COLUMN note TO remark;
ALTER TABLE customers ADD COLUMN phone TEXT;
ALTER TABLE customers DROP COLUMN created_at;
DROP INDEX idx_lines_sku_desc;
CREATE INDEX idx_customers_phone ON customers (phone);
DROP VIEW order_totals;
CREATE VIEW order_totals AS
    SELECT customer_id, count(*) AS orders, sum(total_cents) AS cents FROM orders GROUP BY customer_id;
CREATE TABLE coupons (
    code TEXT PRIMARY KEY,
    percent INTEGER NOT NULL CHECK (percent BETWEEN 1 AND 100)
);
DROP TABLE order_lines;
