-- Finds drop-constraint.
ALTER TABLE orders DROP CONSTRAINT orders_total_check;
