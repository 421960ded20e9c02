CREATE TABLE `order` (`id` INT PRIMARY KEY, `note;x` TEXT);
# hash comment; here
INSERT INTO `order` VALUES (1, 'it\'s; ok'), (2, "dq; "" x");
-- dash comment;
SELECT 1--1;
