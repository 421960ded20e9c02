/* block; comment */
;;
-- only a comment
;
SELECT "quoted;ident", [bracket;ident], `back;tick` FROM t; -- trailing
/* tail comment */
