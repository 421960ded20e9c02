CREATE TABLE order_lines (
    order_id INTEGER NOT NULL,
    line INTEGER NOT NULL,
    sku TEXT NOT NULL,
    qty INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (order_id, line),
    UNIQUE (order_id, sku),
    FOREIGN KEY (order_id) REFERENCES orders (id) ON UPDATE CASCADE ON DELETE RESTRICT
);
DROP TABLE coupons;
DROP VIEW order_totals;
CREATE VIEW order_totals AS
    SELECT customer_id, sum(total_cents) AS cents FROM orders GROUP BY customer_id;
DROP INDEX idx_customers_phone;
CREATE INDEX idx_lines_sku_desc ON order_lines (sku DESC);
ALTER TABLE customers ADD COLUMN created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE customers DROP COLUMN phone;
ALTER TABLE orders RENAME COLUMN remark TO note;
