DELETE FROM ledger WHERE id IN (2, 3);
