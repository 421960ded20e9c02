-- Deploy widgets:widget_view to sqlite (with names and sizes)
BEGIN;
DROP VIEW widget_view;
CREATE VIEW widget_view AS SELECT id, name, size FROM widgets;
COMMIT;
