-- Read only: pg_read_all_data (a CREATEROLE user may grant it on PostgreSQL 15; from 16 it needs
-- ADMIN OPTION on it). No BYPASSRLS: a table with row-level security stops the backup before it
-- dumps anything (see the README).
CREATE ROLE "{{name}}" WITH LOGIN PASSWORD '{{password}}' VALID UNTIL '{{expiration}}';
GRANT pg_read_all_data TO "{{name}}";
