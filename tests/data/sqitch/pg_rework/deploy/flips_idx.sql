-- Deploy flipr:flips_idx to pg
BEGIN;
CREATE INDEX flips_nickname_idx ON flipr.flips (nickname, timestamp);
COMMIT;
