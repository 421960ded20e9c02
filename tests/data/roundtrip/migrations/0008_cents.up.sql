UPDATE invoices SET amount = amount * 100;
