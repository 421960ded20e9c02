-- The safe form: no prefer-identity.
CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
