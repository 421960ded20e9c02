-- Revert widgets:widget_view from sqlite (back to ids only)
BEGIN;
DROP VIEW widget_view;
CREATE VIEW widget_view AS SELECT id FROM widgets;
COMMIT;
