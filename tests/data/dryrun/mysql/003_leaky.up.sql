CREATE INDEX idx_orders_status ON orders (status);
CREATE TABLE notes (id INT PRIMARY KEY, body TEXT);
