-- Revert flipr:insert_user from pg (back to the v1.0.0-dev2 function)
BEGIN;
CREATE OR REPLACE FUNCTION flipr.insert_user(nickname TEXT, password TEXT) RETURNS VOID LANGUAGE SQL SECURITY DEFINER AS $$
    INSERT INTO flipr.users VALUES($1, md5($2));
$$;
COMMIT;
