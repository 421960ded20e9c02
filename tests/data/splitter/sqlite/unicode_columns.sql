SELECT 'ünïcödé';   SELECT '日本語'; SELECT 3;
