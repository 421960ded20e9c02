-- Verify widgets:widget_idx on sqlite
SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'widgets_name_idx';
