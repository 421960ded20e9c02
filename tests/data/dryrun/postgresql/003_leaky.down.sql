-- Forgets the index: the reversibility check must say so.
DROP TABLE notes;
