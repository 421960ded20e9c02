-- Finds timestamp-without-time-zone.
CREATE TABLE events (at timestamp NOT NULL);
