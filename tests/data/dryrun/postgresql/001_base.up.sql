CREATE TABLE orders (
    id serial PRIMARY KEY,
    status text NOT NULL DEFAULT 'new',
    total_cents integer NOT NULL
);
INSERT INTO orders (status, total_cents) VALUES ('new', 50), ('paid', 1200), ('new', 300);
