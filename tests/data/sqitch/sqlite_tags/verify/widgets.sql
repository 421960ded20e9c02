-- Verify widgets:widgets on sqlite
SELECT id, name, size FROM widgets WHERE 0;
