-- Deploy widgets:widget_view to sqlite (with names)
BEGIN;
DROP VIEW widget_view;
CREATE VIEW widget_view AS SELECT id, name FROM widgets;
COMMIT;
