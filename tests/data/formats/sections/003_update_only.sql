-- up
-- update the rows (a comment that starts with "up")
UPDATE a SET id = id;
-- down:
