CREATE TABLE b (id integer PRIMARY KEY, a_id integer REFERENCES a (id));
