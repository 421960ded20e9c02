-- The safe form: no volatile-default.
ALTER TABLE orders ADD COLUMN created_at timestamptz DEFAULT now();
