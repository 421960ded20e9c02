ALTER TABLE tickets ADD COLUMN title text;
