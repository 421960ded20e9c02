-- The safe form: no drop-schema.
CREATE SCHEMA reporting;
