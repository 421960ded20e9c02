-- The objects of ../migrations/001_base.up.sql created in another order, constraints added
-- afterwards: a snapshot must not tell them apart.
CREATE SEQUENCE invoice_numbers AS integer START WITH 1000 INCREMENT BY 10;
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');
CREATE FUNCTION touch_note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.note := coalesce(NEW.note, 'new');
    RETURN NEW;
END
$$;
CREATE TABLE customers (
    id bigint GENERATED ALWAYS AS IDENTITY,
    email text COLLATE "C" NOT NULL,
    name text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE customers ADD CONSTRAINT customers_email_key UNIQUE (email);
ALTER TABLE customers ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
CREATE TABLE orders (
    id serial,
    customer_id bigint NOT NULL,
    status order_status NOT NULL DEFAULT 'new',
    total_cents integer NOT NULL,
    total numeric(12,2) GENERATED ALWAYS AS (total_cents / 100.0) STORED,
    note text,
    tags text[]
);
ALTER TABLE orders ADD CONSTRAINT total_positive CHECK (total_cents >= 0);
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE;
ALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
CREATE TRIGGER trg_orders_note BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION touch_note();
CREATE PROCEDURE mark_paid(min_cents integer) LANGUAGE sql AS $$
    UPDATE orders SET status = 'paid' WHERE total_cents >= min_cents
$$;
CREATE MATERIALIZED VIEW customer_counts AS SELECT count(*) AS n FROM customers;
CREATE VIEW order_totals AS
    SELECT customer_id, sum(total_cents) AS cents FROM orders GROUP BY customer_id;
CREATE TABLE order_lines (
    order_id integer NOT NULL,
    line integer NOT NULL,
    sku text NOT NULL,
    qty integer NOT NULL DEFAULT 1
);
ALTER TABLE order_lines ADD CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON UPDATE CASCADE ON DELETE RESTRICT;
ALTER TABLE order_lines ADD CONSTRAINT order_lines_sku_unique UNIQUE (order_id, sku);
ALTER TABLE order_lines ADD CONSTRAINT order_lines_pkey PRIMARY KEY (order_id, line);
CREATE INDEX idx_lines_sku_desc ON order_lines (sku DESC);
CREATE INDEX idx_orders_tags ON orders USING gin (tags);
CREATE UNIQUE INDEX idx_orders_open ON orders (customer_id, lower(note)) WHERE status <> 'shipped';
CREATE INDEX idx_orders_status ON orders (status);
