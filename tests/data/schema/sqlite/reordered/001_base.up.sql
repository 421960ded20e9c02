-- The objects of ../migrations/001_base.up.sql created in another order, and spelled
-- differently: a snapshot must not tell them apart.
CREATE TABLE customers (
    id integer primary key,
    email text not null collate NOCASE unique,
    name text not null default '',
    created_at text not null default CURRENT_TIMESTAMP
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
CREATE TRIGGER trg_orders_note AFTER INSERT ON orders
BEGIN
    UPDATE orders SET note = 'new' WHERE id = NEW.id AND note IS NULL;
END;
CREATE VIEW order_totals AS
    SELECT customer_id, sum(total_cents) AS cents FROM orders GROUP BY customer_id;
CREATE TABLE order_lines (
    order_id INTEGER NOT NULL,
    line INTEGER NOT NULL,
    sku TEXT NOT NULL,
    qty INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (order_id, line),
    UNIQUE (order_id, sku),
    FOREIGN KEY (order_id) REFERENCES orders (id) ON UPDATE CASCADE ON DELETE RESTRICT
);
CREATE INDEX idx_lines_sku_desc ON order_lines (sku DESC);
CREATE UNIQUE INDEX idx_orders_open ON orders (customer_id, lower(note)) WHERE status <> 'shipped';
CREATE INDEX idx_orders_status ON orders (status);
