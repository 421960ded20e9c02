CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);
INSERT INTO t (name) VALUES ('a;b'), ('it''s');
-- a comment; with a semicolon
SELECT 1; SELECT 2;
