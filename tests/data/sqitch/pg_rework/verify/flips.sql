-- Verify flipr:flips on pg
SELECT id, nickname, body, timestamp FROM flipr.flips WHERE FALSE;
