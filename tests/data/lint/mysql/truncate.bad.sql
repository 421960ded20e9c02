-- Finds truncate.
TRUNCATE TABLE orders;
