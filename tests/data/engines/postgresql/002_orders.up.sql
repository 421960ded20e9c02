CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer    text NOT NULL,
    status      order_status NOT NULL DEFAULT 'new',
    total_cents bigint NOT NULL CHECK (total_cents >= 0),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_orders_open ON orders (updated_at) WHERE status <> 'shipped';
CREATE INDEX idx_orders_customer_lower ON orders (lower(customer));
