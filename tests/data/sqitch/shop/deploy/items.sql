CREATE TABLE items (id INT PRIMARY KEY, order_id INT);
