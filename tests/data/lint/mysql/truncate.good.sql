-- The safe form: no truncate.
DELETE FROM orders WHERE created_at < NOW() - INTERVAL 5 YEAR;
