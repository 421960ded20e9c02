-- Revert shop:audit from pg
DROP TABLE shop.audit;
