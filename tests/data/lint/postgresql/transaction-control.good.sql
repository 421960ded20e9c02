-- The safe form: no transaction-control.
ALTER TABLE orders ADD COLUMN note text;
