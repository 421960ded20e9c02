SELECT 1;
SELECT
  'two';
