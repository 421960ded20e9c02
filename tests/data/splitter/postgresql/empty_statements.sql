;;
  ;
SELECT 1;;
