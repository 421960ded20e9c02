-- The safe form: no drop-table.
CREATE TABLE scratch (id INTEGER);
DROP TABLE scratch;
