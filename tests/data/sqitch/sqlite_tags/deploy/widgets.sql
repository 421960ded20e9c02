-- Deploy widgets:widgets to sqlite
BEGIN;
CREATE TABLE widgets (id INTEGER PRIMARY KEY, name TEXT NOT NULL, size INTEGER NOT NULL DEFAULT 0);
COMMIT;
