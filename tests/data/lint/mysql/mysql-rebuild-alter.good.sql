-- No mysql-rebuild-alter: from 8.0.29 dropping a column is instant.
-- lint.server: mysql 8.0.35
ALTER TABLE orders DROP COLUMN note;
