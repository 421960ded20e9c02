CREATE OR REPLACE FUNCTION add(a int, b int) RETURNS int
    LANGUAGE sql IMMUTABLE
    AS 'select a + b;';
CREATE INDEX CONCURRENTLY idx_x ON t (a);
