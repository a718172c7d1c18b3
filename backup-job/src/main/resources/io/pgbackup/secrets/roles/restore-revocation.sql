-- Runs as Vault's database user (CREATEROLE, member of the owner role and, since the creation, of
-- this account), in one transaction: end the sessions, give anything the account owns to the
-- owner role, drop the rest of its privileges and the role.
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{{name}}';
REASSIGN OWNED BY "{{name}}" TO "{{owner_role}}";
DROP OWNED BY "{{name}}";
REVOKE pg_signal_backend FROM "{{name}}";
REVOKE pg_read_all_data FROM "{{name}}";
REVOKE "{{owner_role}}" FROM "{{name}}";
DROP ROLE IF EXISTS "{{name}}";
