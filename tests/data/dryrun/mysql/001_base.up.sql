CREATE TABLE orders (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    status VARCHAR(20) NOT NULL DEFAULT 'new',
    total_cents BIGINT NOT NULL
) ENGINE=InnoDB;
INSERT INTO orders (status, total_cents) VALUES ('new', 50), ('paid', 1200), ('new', 300);
