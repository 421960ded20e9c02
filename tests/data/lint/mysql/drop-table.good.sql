-- The safe form: no drop-table.
CREATE TABLE scratch (id BIGINT);
DROP TABLE scratch;
