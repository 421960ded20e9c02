-- godwit:no-transaction
CREATE INDEX i ON t (a);
ANALYZE t;
