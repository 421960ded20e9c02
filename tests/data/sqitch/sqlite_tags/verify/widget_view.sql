-- Verify widgets:widget_view on sqlite (with names and sizes)
SELECT id, name, size FROM widget_view WHERE 0;
