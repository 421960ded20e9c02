CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(50), tier VARCHAR(10) DEFAULT 'free');
INSERT INTO customers (id, name, tier) VALUES (1, 'Ada', 'gold'), (2, 'Bob', 'free');
