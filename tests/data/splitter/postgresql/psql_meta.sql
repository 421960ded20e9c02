SELECT 1;
\connect other
SELECT 2;
