-- Runs again over the index its down forgets: the round trip goes on.
CREATE INDEX IF NOT EXISTS idx_invoices_due ON invoices (due);
ALTER TABLE invoices ADD COLUMN note VARCHAR(100);
