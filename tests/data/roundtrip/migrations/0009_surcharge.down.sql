-- Forgets invoice 2.
UPDATE invoices SET amount = amount - 1 WHERE id = 1;
