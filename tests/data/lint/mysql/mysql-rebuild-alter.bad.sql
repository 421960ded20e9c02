-- Finds mysql-rebuild-alter: before 8.0.29, MySQL rebuilds the table to drop a column.
-- lint.server: mysql 8.0.20
ALTER TABLE orders DROP COLUMN note;
