-- SQLite compares text byte by byte (BINARY), so the path range
-- [path, path with its last '/' raised to '0') is exactly the subtree.
ALTER TABLE departments ADD COLUMN path TEXT NOT NULL DEFAULT '';
CREATE INDEX departments_path ON departments (organization_id, path);
