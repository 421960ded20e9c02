CREATE INDEX idx_orders_status ON orders (status);
CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);
