-- Finds int-primary-key.
CREATE TABLE events (id INT AUTO_INCREMENT PRIMARY KEY, at DATETIME);
