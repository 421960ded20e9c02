-- Deploy flipr:users to pg
-- requires: appschema
BEGIN;
CREATE TABLE flipr.users (
    nickname  TEXT        PRIMARY KEY,
    password  TEXT        NOT NULL,
    timestamp TIMESTAMPTZ NOT NULL DEFAULT NOW()
);
COMMIT;
