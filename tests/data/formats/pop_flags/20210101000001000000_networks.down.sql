DROP INDEX networks_name;
