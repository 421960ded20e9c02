-- Revert widgets:widget_idx from sqlite
DROP INDEX widgets_name_idx;
