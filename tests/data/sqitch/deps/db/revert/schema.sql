-- Revert shop:schema from pg
DROP SCHEMA shop;
