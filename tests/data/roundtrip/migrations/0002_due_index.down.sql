-- Forgets the index: the round trip of 0002 must say so.
ALTER TABLE invoices DROP COLUMN note;
