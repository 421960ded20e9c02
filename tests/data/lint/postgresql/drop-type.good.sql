-- The safe form: no drop-type.
CREATE TYPE mood AS ENUM ('ok', 'sad');
