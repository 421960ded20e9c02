CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');

CREATE SEQUENCE invoice_numbers AS integer START WITH 1000 INCREMENT BY 10 MINVALUE 1 MAXVALUE 2147483647 NO CYCLE;

CREATE SEQUENCE orders_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 NO CYCLE OWNED BY orders.id;

CREATE TABLE customers (
    id bigint NOT NULL GENERATED ALWAYS AS IDENTITY,
    email text COLLATE "C" NOT NULL,
    name text NOT NULL DEFAULT ''::text,
    created_at timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT customers_pkey PRIMARY KEY (id),
    CONSTRAINT customers_email_key UNIQUE (email)
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

CREATE TABLE orders (
    id integer NOT NULL DEFAULT nextval('orders_id_seq'::regclass),
    customer_id bigint NOT NULL,
    status order_status NOT NULL DEFAULT 'new'::order_status,
    total_cents integer NOT NULL,
    total numeric(12,2) GENERATED ALWAYS AS (((total_cents)::numeric / 100.0)) STORED,
    note text,
    tags text[],
    CONSTRAINT orders_pkey PRIMARY KEY (id),
    CONSTRAINT total_positive CHECK (total_cents >= 0),
    CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE INDEX idx_lines_sku_desc ON order_lines (sku DESC);

CREATE UNIQUE INDEX idx_orders_open ON orders (customer_id, lower(note)) WHERE status <> 'shipped'::order_status;

CREATE INDEX idx_orders_status ON orders (status);

CREATE INDEX idx_orders_tags ON orders USING gin (tags);

CREATE MATERIALIZED VIEW customer_counts AS SELECT count(*) AS n FROM customers;

CREATE VIEW order_totals AS SELECT orders.customer_id, sum(orders.total_cents) AS cents FROM orders GROUP BY orders.customer_id;

CREATE PROCEDURE mark_paid(IN min_cents integer) LANGUAGE sql -- body md5:13a0ce12c90d994fa10d3227912cbaa1

CREATE FUNCTION touch_note() RETURNS trigger LANGUAGE plpgsql -- body md5:73283512880a5d8dce68a4a650c28ce2

CREATE TRIGGER trg_orders_note BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION touch_note();
