-- The weekly restore drill: CREATEDB for its scratch database, and a member of the owner role
-- because a backup replays ALTER ... OWNER TO that role (the drill runs SET ROLE to it). It has
-- neither pg_read_all_data nor pg_signal_backend: it cannot end the application's sessions, and a
-- verify token cannot take the restore account. The last GRANT lets Vault's database user
-- (CREATEROLE, not superuser) REASSIGN/DROP OWNED BY it, as PostgreSQL 15+ requires.
CREATE ROLE "{{name}}" WITH LOGIN PASSWORD '{{password}}' VALID UNTIL '{{expiration}}' CREATEDB;
GRANT "{{owner_role}}" TO "{{name}}";
GRANT "{{name}}" TO CURRENT_USER;
