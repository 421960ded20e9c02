-- Finds drop-type.
DROP TYPE order_status;
