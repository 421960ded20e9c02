CREATE TABLE broken_half (id INT);
INSERT INTO missing_table VALUES (1);
