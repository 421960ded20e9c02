-- migrate:up transaction:false
CREATE INDEX CONCURRENTLY idx_users ON users (id);

-- migrate:down transaction:false
DROP INDEX CONCURRENTLY idx_users;
