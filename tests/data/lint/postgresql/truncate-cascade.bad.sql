-- Finds truncate-cascade.
TRUNCATE customers CASCADE;
