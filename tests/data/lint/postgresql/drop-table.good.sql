-- The safe form: no drop-table.
CREATE TABLE scratch (id bigint);
DROP TABLE scratch;
