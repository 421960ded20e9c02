-- Finds rename-table.
RENAME TABLE orders TO purchases;
