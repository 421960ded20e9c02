-- The safe form: no truncate.
DELETE FROM orders WHERE created_at < now() - interval '5 years';
