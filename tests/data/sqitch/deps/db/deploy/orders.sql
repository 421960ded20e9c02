-- Deploy shop:orders to pg
CREATE TABLE shop.orders (id BIGSERIAL PRIMARY KEY, customer BIGINT NOT NULL REFERENCES shop.customers(id), total NUMERIC(12,2) NOT NULL);
