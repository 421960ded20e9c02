CREATE TABLE identities (id integer PRIMARY KEY);
