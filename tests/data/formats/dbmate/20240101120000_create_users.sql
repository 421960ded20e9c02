-- migrate:up
CREATE TABLE users (id INT);
CREATE TABLE roles (id INT);

-- migrate:down
DROP TABLE roles;
DROP TABLE users;
