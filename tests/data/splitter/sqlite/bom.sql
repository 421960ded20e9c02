SELECT 'bom first';
SELECT 2;
