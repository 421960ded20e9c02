CREATE PROCEDURE mark_paid(IN min_cents BIGINT)
BEGIN
    UPDATE orders SET status = 'paid' WHERE total_cents >= min_cents;
END;
DROP TABLE coupons;
CREATE TABLE order_lines (
    order_id BIGINT NOT NULL,
    line INT NOT NULL,
    sku VARCHAR(40) NOT NULL,
    qty INT NOT NULL DEFAULT 1,
    PRIMARY KEY (order_id, line),
    UNIQUE KEY uq_lines_sku (order_id, sku),
    CONSTRAINT fk_lines_order FOREIGN KEY (order_id) REFERENCES orders (id) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
ALTER TABLE orders MODIFY status ENUM('new', 'paid', 'shipped') NOT NULL DEFAULT 'new';
CREATE OR REPLACE VIEW order_totals AS
    SELECT customer_id, SUM(total_cents) AS cents FROM orders GROUP BY customer_id;
DROP INDEX idx_customers_phone ON customers;
CREATE INDEX idx_orders_status ON orders (status, total_cents DESC);
ALTER TABLE customers ADD COLUMN created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP;
ALTER TABLE customers MODIFY name VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE customers DROP COLUMN phone;
ALTER TABLE orders RENAME COLUMN remark TO note;
