-- Revert flipr:flips_idx from pg
BEGIN;
DROP INDEX flipr.flips_nickname_idx;
COMMIT;
