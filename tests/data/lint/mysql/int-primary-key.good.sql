-- The safe form: no int-primary-key.
CREATE TABLE events (id BIGINT AUTO_INCREMENT PRIMARY KEY, at DATETIME);
