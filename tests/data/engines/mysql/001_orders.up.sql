CREATE TABLE orders (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer    VARCHAR(200) NOT NULL,
    status      ENUM('new', 'paid', 'shipped') NOT NULL DEFAULT 'new',
    total_cents BIGINT NOT NULL,
    total       DECIMAL(12, 2) AS (total_cents / 100) STORED,
    note        TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_orders_status ON orders (status, total_cents);
