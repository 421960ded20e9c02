CREATE TABLE invoices (id INTEGER PRIMARY KEY, due DATE, amount INTEGER NOT NULL);
INSERT INTO invoices (id, due, amount) VALUES (1, '2026-01-31', 120), (2, '2026-02-28', 80), (3, NULL, 15);
CREATE TABLE audit_trail (id INTEGER PRIMARY KEY, event VARCHAR(50));
INSERT INTO audit_trail (id, event) VALUES (1, 'created'), (2, 'sent'), (3, 'paid');
CREATE TABLE payments (id INTEGER PRIMARY KEY, amount INTEGER, CONSTRAINT chk_payments_amount CHECK (amount > 0));
