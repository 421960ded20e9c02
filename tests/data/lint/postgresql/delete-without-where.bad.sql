-- Finds delete-without-where.
DELETE FROM sessions;
