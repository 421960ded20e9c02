-- The safe form: no drop-view.
CREATE OR REPLACE VIEW order_totals AS SELECT 1;
