-- The path range [path, path with its last '/' raised to '0') is the subtree
-- only in byte order: a locale's collation would skip the '/' separators.
ALTER TABLE departments ADD COLUMN path TEXT COLLATE "C" NOT NULL DEFAULT '';
CREATE INDEX departments_path ON departments (organization_id, path);
-- Tables created after version 1 get the application role's privileges through
-- ALTER DEFAULT PRIVILEGES; grant again in case the migrating role differs.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO gatehouse_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO gatehouse_app;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM gatehouse_app;
