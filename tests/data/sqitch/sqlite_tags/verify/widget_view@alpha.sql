-- Verify widgets:widget_view on sqlite (first version)
SELECT id FROM widget_view WHERE 0;
