-- The table comes back without its CHECK.
CREATE TABLE payments (id INTEGER PRIMARY KEY, amount INTEGER);
