SELECT 1; /* /* nested */ still open
