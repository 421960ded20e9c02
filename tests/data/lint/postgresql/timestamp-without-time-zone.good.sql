-- The safe form: no timestamp-without-time-zone.
CREATE TABLE events (at timestamptz NOT NULL);
