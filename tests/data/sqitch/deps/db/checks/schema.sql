-- Verify shop:schema on pg
SELECT pg_catalog.has_schema_privilege('shop', 'usage');
