CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    customer    TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid', 'shipped')),
    total_cents INTEGER NOT NULL CHECK (total_cents >= 0),
    updated_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX idx_orders_open ON orders (updated_at) WHERE status <> 'shipped';
CREATE INDEX idx_orders_customer_lower ON orders (lower(customer));
