-- Every object kind MySQL and MariaDB have that a snapshot reads, for the golden snapshot.
CREATE TABLE customers (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email VARCHAR(200) COLLATE utf8mb4_bin NOT NULL,
    name VARCHAR(200) NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    UNIQUE KEY uq_customers_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE orders (
    id BIGINT NOT NULL AUTO_INCREMENT,
    customer_id BIGINT NOT NULL,
    status ENUM('new', 'paid', 'shipped') NOT NULL DEFAULT 'new',
    total_cents BIGINT NOT NULL,
    total DECIMAL(12,2) AS (total_cents / 100) STORED,
    note TEXT,
    PRIMARY KEY (id),
    CONSTRAINT total_positive CHECK (total_cents >= 0),
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE order_lines (
    order_id BIGINT NOT NULL,
    line INT NOT NULL,
    sku VARCHAR(40) NOT NULL,
    qty INT NOT NULL DEFAULT 1,
    PRIMARY KEY (order_id, line),
    UNIQUE KEY uq_lines_sku (order_id, sku),
    CONSTRAINT fk_lines_order FOREIGN KEY (order_id) REFERENCES orders (id) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE INDEX idx_orders_status ON orders (status, total_cents DESC);
CREATE INDEX idx_orders_note ON orders (note(20));

CREATE VIEW order_totals AS
    SELECT customer_id, SUM(total_cents) AS cents FROM orders GROUP BY customer_id;

CREATE TRIGGER trg_orders_note BEFORE INSERT ON orders FOR EACH ROW SET NEW.note = COALESCE(NEW.note, 'new');

CREATE PROCEDURE mark_paid(IN min_cents BIGINT)
BEGIN
    UPDATE orders SET status = 'paid' WHERE total_cents >= min_cents;
END;

CREATE FUNCTION cents_to_eur(c BIGINT) RETURNS DECIMAL(12,2) DETERMINISTIC RETURN c / 100;

INSERT INTO customers (email, name) VALUES ('ada@example.org', 'Ada'), ('alan@example.org', 'Alan');
INSERT INTO orders (customer_id, total_cents) VALUES (1, 1200), (2, 300);
INSERT INTO order_lines (order_id, line, sku) VALUES (1, 1, 'TEA'), (1, 2, 'CUP'), (2, 1, 'TEA');
