DROP TABLE broken_half;
