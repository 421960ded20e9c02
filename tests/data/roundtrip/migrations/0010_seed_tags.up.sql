INSERT INTO tags (id) VALUES (1);
