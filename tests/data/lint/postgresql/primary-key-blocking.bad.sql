-- Finds primary-key-blocking.
ALTER TABLE events ADD PRIMARY KEY (id);
