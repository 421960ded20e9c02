-- The template of the seed notes: the script is its own transaction.
BEGIN;

CREATE TABLE ledger (id integer PRIMARY KEY, amount integer NOT NULL);
INSERT INTO ledger VALUES (1, 10);

COMMIT;
