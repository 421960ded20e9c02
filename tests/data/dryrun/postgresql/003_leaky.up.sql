CREATE INDEX CONCURRENTLY idx_orders_status ON orders (status);
CREATE TABLE notes (id integer PRIMARY KEY, body text);
