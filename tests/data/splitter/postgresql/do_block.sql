DO $$
BEGIN
  RAISE NOTICE 'hello; world';
END
$$;
SELECT 1;
