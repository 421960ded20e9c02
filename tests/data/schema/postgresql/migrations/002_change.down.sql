CREATE PROCEDURE mark_paid(min_cents integer) LANGUAGE sql AS $$
    UPDATE orders SET status = 'paid' WHERE total_cents >= min_cents
$$;
DROP TABLE coupons;
CREATE TABLE order_lines (
    order_id integer NOT NULL,
    line integer NOT NULL,
    sku text NOT NULL,
    qty integer NOT NULL DEFAULT 1,
    CONSTRAINT order_lines_pkey PRIMARY KEY (order_id, line),
    CONSTRAINT order_lines_sku_unique UNIQUE (order_id, sku),
    CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON UPDATE CASCADE ON DELETE RESTRICT
);
CREATE OR REPLACE FUNCTION touch_note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.note := coalesce(NEW.note, 'new');
    RETURN NEW;
END
$$;
ALTER SEQUENCE invoice_numbers INCREMENT BY 10;
DROP VIEW order_totals;
CREATE VIEW order_totals AS
    SELECT customer_id, sum(total_cents) AS cents FROM orders GROUP BY customer_id;
DROP INDEX idx_customers_phone;
CREATE INDEX idx_lines_sku_desc ON order_lines (sku DESC);
ALTER TABLE customers ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE customers ALTER COLUMN name TYPE text;
ALTER TABLE customers DROP COLUMN phone;
ALTER TABLE orders RENAME COLUMN remark TO note;
