DROP INDEX idx_customers_email;
DROP TABLE customers;
