DROP TABLE payments;
DROP TABLE audit_trail;
DROP TABLE invoices;
