-- The safe form: no statement-not-analysed.
ALTER TABLE orders ADD COLUMN note text;
