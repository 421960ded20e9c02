-- Finds drop-view.
DROP VIEW order_totals;
