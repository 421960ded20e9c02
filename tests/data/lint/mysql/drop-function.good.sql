-- The safe form: no drop-function.
CREATE PROCEDURE one() SELECT 1;
