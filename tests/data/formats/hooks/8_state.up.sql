ALTER TABLE jobs ADD COLUMN state text;
