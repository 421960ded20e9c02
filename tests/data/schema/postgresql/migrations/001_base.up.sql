-- Every object kind PostgreSQL has that a snapshot reads, for the golden snapshot.
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');
CREATE SEQUENCE invoice_numbers AS integer START WITH 1000 INCREMENT BY 10;

CREATE TABLE customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text COLLATE "C" NOT NULL UNIQUE,
    name text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    status order_status NOT NULL DEFAULT 'new',
    total_cents integer NOT NULL CONSTRAINT total_positive CHECK (total_cents >= 0),
    total numeric(12,2) GENERATED ALWAYS AS (total_cents / 100.0) STORED,
    note text,
    tags text[]
);

CREATE TABLE order_lines (
    order_id integer NOT NULL,
    line integer NOT NULL,
    sku text NOT NULL,
    qty integer NOT NULL DEFAULT 1,
    CONSTRAINT order_lines_pkey PRIMARY KEY (order_id, line),
    CONSTRAINT order_lines_sku_unique UNIQUE (order_id, sku),
    CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON UPDATE CASCADE ON DELETE RESTRICT
);

CREATE INDEX idx_orders_status ON orders (status);
CREATE UNIQUE INDEX idx_orders_open ON orders (customer_id, lower(note)) WHERE status <> 'shipped';
CREATE INDEX idx_orders_tags ON orders USING gin (tags);
CREATE INDEX idx_lines_sku_desc ON order_lines (sku DESC);

CREATE VIEW order_totals AS
    SELECT customer_id, sum(total_cents) AS cents FROM orders GROUP BY customer_id;
CREATE MATERIALIZED VIEW customer_counts AS SELECT count(*) AS n FROM customers;

CREATE FUNCTION touch_note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.note := coalesce(NEW.note, 'new');
    RETURN NEW;
END
$$;

CREATE PROCEDURE mark_paid(min_cents integer) LANGUAGE sql AS $$
    UPDATE orders SET status = 'paid' WHERE total_cents >= min_cents
$$;

CREATE TRIGGER trg_orders_note BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION touch_note();

INSERT INTO customers (email, name) VALUES ('ada@example.org', 'Ada'), ('alan@example.org', 'Alan');
INSERT INTO orders (customer_id, total_cents) VALUES (1, 1200), (2, 300);
INSERT INTO order_lines (order_id, line, sku) VALUES (1, 1, 'TEA'), (1, 2, 'CUP'), (2, 1, 'TEA');
