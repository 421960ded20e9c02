SELECT id FROM customers WHERE 0 = 1;
