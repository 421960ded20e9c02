-- Deploy shop:audit to pg
CREATE TABLE shop.audit (id BIGSERIAL PRIMARY KEY, order_id BIGINT REFERENCES shop.orders(id), role TEXT NOT NULL, at TIMESTAMPTZ NOT NULL DEFAULT now());
CREATE INDEX audit_order_idx ON shop.audit (order_id);
