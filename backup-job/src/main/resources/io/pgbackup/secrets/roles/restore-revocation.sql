SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{{name}}';
REASSIGN OWNED BY "{{name}}" TO "{{owner_role}}";
DROP OWNED BY "{{name}}";
REVOKE pg_read_all_data FROM "{{name}}";
REVOKE "{{owner_role}}" FROM "{{name}}";
DROP ROLE IF EXISTS "{{name}}";
