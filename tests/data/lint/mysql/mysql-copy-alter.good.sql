-- The safe form: no mysql-copy-alter.
ALTER TABLE orders ADD COLUMN note TEXT, ALGORITHM=INSTANT;
