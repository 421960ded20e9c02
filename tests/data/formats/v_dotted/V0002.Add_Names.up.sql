ALTER TABLE accounts ADD COLUMN name text;
CREATE INDEX accounts_name ON accounts (name);
