-- Finds prefer-identity.
CREATE TABLE events (id bigserial PRIMARY KEY);
