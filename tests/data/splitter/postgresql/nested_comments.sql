/* outer /* inner; */ still comment; */ SELECT 1;
-- line comment ;
SELECT 2 /* trailing */;
