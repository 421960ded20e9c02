-- One change of each kind the diff classes.
ALTER TABLE orders RENAME COLUMN note TO remark;
ALTER TABLE customers ADD COLUMN phone VARCHAR(40) NULL;
ALTER TABLE customers MODIFY name VARCHAR(300) NOT NULL DEFAULT '';
ALTER TABLE customers DROP COLUMN created_at;
DROP INDEX idx_orders_status ON orders;
CREATE INDEX idx_customers_phone ON customers (phone);
CREATE OR REPLACE VIEW order_totals AS
    SELECT customer_id, SUM(total_cents) AS cents, COUNT(*) AS orders FROM orders GROUP BY customer_id;
ALTER TABLE orders MODIFY status ENUM('new', 'paid', 'shipped', 'refunded') NOT NULL DEFAULT 'new';
DROP TABLE order_lines;
CREATE TABLE coupons (
    code VARCHAR(20) NOT NULL PRIMARY KEY,
    percent INT NOT NULL,
    CONSTRAINT percent_range CHECK (percent BETWEEN 1 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
DROP PROCEDURE mark_paid;
