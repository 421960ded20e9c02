SELECT 'ünï;
