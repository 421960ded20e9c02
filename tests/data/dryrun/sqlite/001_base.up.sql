CREATE TABLE orders (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    status TEXT NOT NULL DEFAULT 'new',
    total_cents INTEGER NOT NULL
);
INSERT INTO orders (status, total_cents) VALUES ('new', 50), ('paid', 1200), ('new', 300);
