-- As the restore account's: end the sessions, give anything it owns (a scratch database left by a
-- killed drill included: databases are shared objects) to the owner role, drop the role.
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{{name}}';
REASSIGN OWNED BY "{{name}}" TO "{{owner_role}}";
DROP OWNED BY "{{name}}";
REVOKE "{{owner_role}}" FROM "{{name}}";
DROP ROLE IF EXISTS "{{name}}";
