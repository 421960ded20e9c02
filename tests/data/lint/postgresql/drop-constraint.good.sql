-- The safe form: no drop-constraint.
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;
