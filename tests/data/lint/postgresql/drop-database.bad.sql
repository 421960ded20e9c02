-- Finds drop-database.
DROP DATABASE shop;
