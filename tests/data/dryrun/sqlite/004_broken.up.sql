CREATE TABLE broken_half (id INTEGER);
INSERT INTO missing_table VALUES (1);
