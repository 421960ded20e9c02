-- Deploy widgets:widget_view to sqlite (first version)
BEGIN;
CREATE VIEW widget_view AS SELECT id FROM widgets;
COMMIT;
