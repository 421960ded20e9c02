-- The table comes back empty.
CREATE TABLE audit_trail (id INTEGER PRIMARY KEY, event VARCHAR(50));
