-- Revert widgets:widget_view from sqlite (back to names)
BEGIN;
DROP VIEW widget_view;
CREATE VIEW widget_view AS SELECT id, name FROM widgets;
COMMIT;
