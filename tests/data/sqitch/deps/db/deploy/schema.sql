-- Deploy shop:schema to pg
CREATE SCHEMA shop;
