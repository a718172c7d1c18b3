-- The restore loads into a new database beside the target (CREATEDB), owned by the owner role of
-- which the account is a member (it also renames the target: that needs ownership), and ends the
-- application's sessions at the switch (pg_signal_backend). pg_read_all_data: the row-count check.
CREATE ROLE "{{name}}" WITH LOGIN PASSWORD '{{password}}' VALID UNTIL '{{expiration}}' CREATEDB;
GRANT "{{owner_role}}" TO "{{name}}";
GRANT pg_read_all_data TO "{{name}}";
GRANT pg_signal_backend TO "{{name}}";
