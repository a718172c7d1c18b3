-- Runs as Vault's database user, a CREATEROLE non-superuser on a managed database: ending the
-- account's sessions needs pg_signal_backend; the account owns nothing, so it can be dropped.
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{{name}}';
REVOKE pg_read_all_data FROM "{{name}}";
DROP ROLE IF EXISTS "{{name}}";
