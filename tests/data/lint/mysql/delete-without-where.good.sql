-- The safe form: no delete-without-where.
DELETE FROM sessions WHERE expires_at < NOW();
