-- One change of each kind the diff classes.
ALTER TABLE orders RENAME COLUMN note TO remark;
ALTER TYPE order_status ADD VALUE 'refunded';
ALTER TABLE customers ADD COLUMN phone text;
ALTER TABLE customers ALTER COLUMN name TYPE varchar(200);
ALTER TABLE customers DROP COLUMN created_at;
DROP INDEX idx_lines_sku_desc;
CREATE INDEX CONCURRENTLY idx_customers_phone ON customers (phone);
CREATE OR REPLACE VIEW order_totals AS
    SELECT customer_id, sum(total_cents) AS cents, count(*) AS orders FROM orders GROUP BY customer_id;
ALTER SEQUENCE invoice_numbers INCREMENT BY 5;
CREATE OR REPLACE FUNCTION touch_note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.remark := coalesce(NEW.remark, 'new');
    RETURN NEW;
END
$$;
DROP TABLE order_lines;
CREATE TABLE coupons (
    code text PRIMARY KEY,
    percent integer NOT NULL CHECK (percent BETWEEN 1 AND 100)
);
DROP PROCEDURE mark_paid(integer);
