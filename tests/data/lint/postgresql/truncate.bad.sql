-- Finds truncate.
TRUNCATE orders;
