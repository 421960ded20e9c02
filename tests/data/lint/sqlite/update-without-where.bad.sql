-- Finds update-without-where.
UPDATE orders SET status = 'new';
