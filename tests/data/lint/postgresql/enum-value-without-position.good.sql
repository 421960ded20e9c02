-- The safe form: no enum-value-without-position.
ALTER TYPE order_status ADD VALUE 'refunded' AFTER 'shipped';
