DELETE FROM orders WHERE customer LIKE 'customer %';
