-- Verify widgets:widget_view on sqlite (with names)
SELECT id, name FROM widget_view WHERE 0;
