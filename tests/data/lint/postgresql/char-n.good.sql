-- The safe form: no char-n.
CREATE TABLE countries (code text PRIMARY KEY);
