DELETE FROM orders WHERE note = 'dry';
ALTER TABLE orders DROP COLUMN note;
