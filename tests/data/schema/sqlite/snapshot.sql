CREATE TABLE customers (
    id INTEGER,
    email TEXT COLLATE NOCASE NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE (email)
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

CREATE TABLE orders (
    id INTEGER AUTOINCREMENT,
    customer_id INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'new',
    total_cents INTEGER NOT NULL,
    total REAL GENERATED ALWAYS AS (total_cents / 100.0) VIRTUAL,
    note TEXT,
    PRIMARY KEY (id),
    CHECK (status IN ('new', 'paid', 'shipped')),
    CONSTRAINT total_positive CHECK (total_cents >= 0),
    FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE INDEX idx_lines_sku_desc ON order_lines (sku DESC);

CREATE UNIQUE INDEX idx_orders_open ON orders (customer_id, lower(note)) WHERE status <> 'shipped';

CREATE INDEX idx_orders_status ON orders (status);

CREATE VIEW order_totals AS SELECT customer_id, sum(total_cents) AS cents FROM orders GROUP BY customer_id;

CREATE TRIGGER trg_orders_note AFTER INSERT ON orders BEGIN UPDATE orders SET note = 'new' WHERE id = NEW.id AND note IS NULL; END;
