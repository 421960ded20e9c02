-- Every object kind SQLite has, for the golden snapshot.
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL COLLATE NOCASE UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE orders (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid', 'shipped')),
    total_cents INTEGER NOT NULL,
    total REAL GENERATED ALWAYS AS (total_cents / 100.0) VIRTUAL,
    note TEXT,
    CONSTRAINT total_positive CHECK (total_cents >= 0)
);

CREATE TABLE order_lines (
    order_id INTEGER NOT NULL,
    line INTEGER NOT NULL,
    sku TEXT NOT NULL,
    qty INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (order_id, line),
    UNIQUE (order_id, sku),
    FOREIGN KEY (order_id) REFERENCES orders (id) ON UPDATE CASCADE ON DELETE RESTRICT
);

CREATE INDEX idx_orders_status ON orders (status);
CREATE UNIQUE INDEX idx_orders_open ON orders (customer_id, lower(note)) WHERE status <> 'shipped';
CREATE INDEX idx_lines_sku_desc ON order_lines (sku DESC);

CREATE VIEW order_totals AS
    SELECT customer_id, sum(total_cents) AS cents FROM orders GROUP BY customer_id;

CREATE TRIGGER trg_orders_note AFTER INSERT ON orders
BEGIN
    UPDATE orders SET note = 'new' WHERE id = NEW.id AND note IS NULL;
END;

INSERT INTO customers (email, name) VALUES ('ada@example.org', 'Ada'), ('alan@example.org', 'Alan');
INSERT INTO orders (customer_id, total_cents) VALUES (1, 1200), (2, 300);
INSERT INTO order_lines (order_id, line, sku) VALUES (1, 1, 'TEA'), (1, 2, 'CUP'), (2, 1, 'TEA');
