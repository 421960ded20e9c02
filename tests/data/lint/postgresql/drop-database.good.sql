-- The safe form: no drop-database.
CREATE DATABASE shop;
