-- +goose Up
CREATE INDEX accounts_id ON accounts (id);

-- +goose Down
DROP INDEX accounts_id;
