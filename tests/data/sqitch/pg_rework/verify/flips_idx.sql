-- Verify flipr:flips_idx on pg
SELECT 1/count(*) FROM pg_catalog.pg_indexes WHERE schemaname = 'flipr' AND indexname = 'flips_nickname_idx';
