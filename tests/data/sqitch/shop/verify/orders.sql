SELECT id FROM orders WHERE 0 = 1;
