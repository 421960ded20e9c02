CREATE INDEX CONCURRENTLY networks_name ON networks (name);
