-- Finds drop-constraint.
ALTER TABLE orders DROP FOREIGN KEY fk_customer;
