-- Finds int-primary-key.
CREATE TABLE events (id integer PRIMARY KEY);
