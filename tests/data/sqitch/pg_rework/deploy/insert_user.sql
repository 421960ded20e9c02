-- Deploy flipr:insert_user to pg (reworked: stores a timestamp)
-- requires: insert_user@v1.0.0-dev2
BEGIN;
CREATE OR REPLACE FUNCTION flipr.insert_user(nickname TEXT, password TEXT) RETURNS VOID LANGUAGE SQL SECURITY DEFINER AS $$
    INSERT INTO flipr.users (nickname, password, timestamp) VALUES($1, md5($2), clock_timestamp());
$$;
COMMIT;
