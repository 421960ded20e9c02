-- Finds drop-table.
DROP TABLE legacy_orders;
