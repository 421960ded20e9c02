-- The safe form: no update-without-where.
UPDATE orders SET status = 'new' WHERE status IS NULL;
