CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $fn$
BEGIN
  RETURN $$ nested-looking; $$ || 'x;y';
END;
$fn$;
SELECT $tag$ a $$ b ; $tag$;
