CREATE TABLE roles (id INT);
