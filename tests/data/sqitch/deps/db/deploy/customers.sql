-- Deploy shop:customers to pg (auth:users is another sqitch project's table)
CREATE TABLE shop.customers (id BIGINT PRIMARY KEY REFERENCES auth.users(id), name TEXT NOT NULL);
