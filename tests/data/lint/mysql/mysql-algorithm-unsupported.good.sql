-- No mysql-algorithm-unsupported: MariaDB 10.4 and later drop a column instantly.
-- lint.server: mariadb 10.11.6
ALTER TABLE orders DROP COLUMN note, ALGORITHM=INSTANT;
