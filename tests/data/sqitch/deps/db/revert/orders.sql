-- Revert shop:orders from pg
DROP TABLE shop.orders;
