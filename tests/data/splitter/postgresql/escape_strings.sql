SELECT E'it\'s; fine';
SELECT 'plain '' quote; here';
SELECT U&'d\0061t\+000061';
