-- The objects of ../migrations/001_base.up.sql created in another order, keys added
-- afterwards: a snapshot must not tell them apart.
CREATE TABLE customers (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email VARCHAR(200) COLLATE utf8mb4_bin NOT NULL,
    name VARCHAR(200) NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE FUNCTION cents_to_eur(c BIGINT) RETURNS DECIMAL(12,2) DETERMINISTIC RETURN c / 100;
CREATE TABLE orders (
    id BIGINT NOT NULL AUTO_INCREMENT,
    customer_id BIGINT NOT NULL,
    status ENUM('new', 'paid', 'shipped') NOT NULL DEFAULT 'new',
    total_cents BIGINT NOT NULL,
    total DECIMAL(12,2) AS (total_cents / 100) STORED,
    note TEXT,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE PROCEDURE mark_paid(IN min_cents BIGINT)
BEGIN
    UPDATE orders SET status = 'paid' WHERE total_cents >= min_cents;
END;
CREATE INDEX idx_orders_note ON orders (note(20));
CREATE TRIGGER trg_orders_note BEFORE INSERT ON orders FOR EACH ROW SET NEW.note = COALESCE(NEW.note, 'new');
CREATE TABLE order_lines (
    order_id BIGINT NOT NULL,
    line INT NOT NULL,
    sku VARCHAR(40) NOT NULL,
    qty INT NOT NULL DEFAULT 1,
    PRIMARY KEY (order_id, line)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE VIEW order_totals AS
    SELECT customer_id, SUM(total_cents) AS cents FROM orders GROUP BY customer_id;
ALTER TABLE order_lines ADD CONSTRAINT fk_lines_order FOREIGN KEY (order_id) REFERENCES orders (id) ON UPDATE CASCADE ON DELETE RESTRICT;
ALTER TABLE order_lines ADD UNIQUE KEY uq_lines_sku (order_id, sku);
ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE;
ALTER TABLE orders ADD CONSTRAINT total_positive CHECK (total_cents >= 0);
CREATE INDEX idx_orders_status ON orders (status, total_cents DESC);
ALTER TABLE customers ADD UNIQUE KEY uq_customers_email (email);
