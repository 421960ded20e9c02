-- The safe form: no rename-table.
CREATE VIEW purchases AS SELECT * FROM orders;
