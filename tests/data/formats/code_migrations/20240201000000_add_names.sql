-- +goose Up
ALTER TABLE accounts ADD COLUMN name text;

-- +goose Down
ALTER TABLE accounts DROP COLUMN name;
