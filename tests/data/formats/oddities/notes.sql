SELECT 'not a migration';
