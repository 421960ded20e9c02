-- +goose Up
CREATE TABLE t (a int);
-- +goose StatementBegin
CREATE FUNCTION f() RETURNS trigger AS $$
BEGIN
  NEW.a := 1;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
-- +goose StatementEnd
SELECT 1;

-- +goose Down
DROP FUNCTION f();
DROP TABLE t;
