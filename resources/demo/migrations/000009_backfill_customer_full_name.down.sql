-- The backfill only copied data; the expand step's down drops the column.
UPDATE customers SET full_name = NULL;
