-- Revert widgets:widget_view from sqlite
BEGIN;
DROP VIEW widget_view;
COMMIT;
