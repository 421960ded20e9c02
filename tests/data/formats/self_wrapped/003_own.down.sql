UPDATE ledger SET amount = amount - 1;
