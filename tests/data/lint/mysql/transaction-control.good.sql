-- The safe form: no transaction-control.
UPDATE orders SET status = 'new' WHERE status IS NULL;
