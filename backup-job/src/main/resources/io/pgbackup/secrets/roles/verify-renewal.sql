ALTER ROLE "{{name}}" VALID UNTIL '{{expiration}}';
