# seed rows, then use the procedure
INSERT INTO orders (customer, total_cents) VALUES ('customer 1', 100), ('customer 2', 200), ('customer 3', 300);
CALL mark_paid(200);
