-- Finds drop-function.
DROP PROCEDURE close_orders;
