-- Verify flipr:appschema on pg
SELECT pg_catalog.has_schema_privilege('flipr', 'usage');
