-- The safe form: no statement-timeout-not-set.
SET statement_timeout = '1min';
ALTER TABLE orders ADD COLUMN note text;
