-- The safe form: no int-primary-key.
CREATE TABLE events (id bigint PRIMARY KEY);
