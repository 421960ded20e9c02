SELECT id FROM items WHERE 0 = 1;
