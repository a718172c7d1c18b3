-- The restore loads into a new database beside the target and switches by ALTER DATABASE RENAME:
-- CREATEDB, a member of the database owner role (it creates the database owned by it, and SET ROLE
-- to it so that nothing restored belongs to this account), pg_signal_backend (it ends the target's
-- sessions at the switch). The last GRANT makes Vault's database user (a CREATEROLE non-superuser)
-- a member of the account, which PostgreSQL 15+ requires for REASSIGN OWNED / DROP OWNED BY it.
CREATE ROLE "{{name}}" WITH LOGIN PASSWORD '{{password}}' VALID UNTIL '{{expiration}}' CREATEDB;
GRANT "{{owner_role}}" TO "{{name}}";
GRANT pg_read_all_data TO "{{name}}";
GRANT pg_signal_backend TO "{{name}}";
GRANT "{{name}}" TO CURRENT_USER;
