-- The safe form: no truncate-cascade.
TRUNCATE customers;
