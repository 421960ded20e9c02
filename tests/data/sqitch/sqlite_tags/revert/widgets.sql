-- Revert widgets:widgets from sqlite
BEGIN;
DROP TABLE widgets;
COMMIT;
