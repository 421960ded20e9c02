-- Finds mysql-algorithm-unsupported: MariaDB 10.3 cannot drop a column instantly.
-- lint.server: mariadb 10.3.39
ALTER TABLE orders DROP COLUMN note, ALGORITHM=INSTANT;
