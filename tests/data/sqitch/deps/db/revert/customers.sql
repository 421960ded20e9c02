-- Revert shop:customers from pg
DROP TABLE shop.customers;
