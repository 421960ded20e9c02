DROP PROCEDURE mark_paid;
