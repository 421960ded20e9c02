CREATE TABLE broken_half (id integer);
INSERT INTO missing_table VALUES (1);
