CREATE INDEX b_a ON b (a_id);
