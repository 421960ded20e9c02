CREATE INDEX accounts_name ON accounts (name);
