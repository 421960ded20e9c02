-- Finds enum-value-without-position.
ALTER TYPE order_status ADD VALUE 'refunded';
