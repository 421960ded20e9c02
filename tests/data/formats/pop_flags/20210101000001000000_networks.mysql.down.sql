DROP INDEX networks_name ON networks;
