CREATE ROLE "{{name}}" WITH LOGIN PASSWORD '{{password}}' VALID UNTIL '{{expiration}}' CREATEDB;
GRANT "{{owner_role}}" TO "{{name}}";
GRANT pg_read_all_data TO "{{name}}";
