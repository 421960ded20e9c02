-- Deploy widgets:widget_idx to sqlite
CREATE INDEX widgets_name_idx ON widgets (name);
