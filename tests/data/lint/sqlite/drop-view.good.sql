-- The safe form: no drop-view.
CREATE VIEW order_totals AS SELECT 1;
