-- Version 4: organization trees (team organizations, their departments and
-- members). The server keeps every count up to date on each edit, so a tree
-- node's direct and total member counts are a read of its own row; each
-- department's path of ancestor ids ("/3/17/42/", in the dialect files) makes
-- its path, its subtree and the cycle check one indexed range.

ALTER TABLE organizations ADD COLUMN member_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE organizations ADD COLUMN department_count INTEGER NOT NULL DEFAULT 0;
-- Bumped by every change inside the organization (departments, members,
-- ownership): what the console compares to know its tree is current.
ALTER TABLE organizations ADD COLUMN tree_version ${BIGINT} NOT NULL DEFAULT 1;
ALTER TABLE organizations ADD COLUMN updated_at ${BIGINT} NOT NULL DEFAULT 0;
-- 0 until the server has computed the tree's paths and counts (rows written
-- by the demo generator or by an earlier version); the server does it at start
-- and before it reads such an organization.
ALTER TABLE organizations ADD COLUMN tree_ready INTEGER NOT NULL DEFAULT 0;

ALTER TABLE departments ADD COLUMN depth INTEGER NOT NULL DEFAULT 0;
ALTER TABLE departments ADD COLUMN direct_members INTEGER NOT NULL DEFAULT 0;
ALTER TABLE departments ADD COLUMN total_members INTEGER NOT NULL DEFAULT 0;
ALTER TABLE departments ADD COLUMN child_departments INTEGER NOT NULL DEFAULT 0;

-- Keyset paging: organizations by name, a node's departments by sort key and
-- its members by id, each with the id as the tie breaker.
CREATE INDEX organizations_by_name ON organizations (platform_org_id, name, id);
CREATE INDEX organizations_tree_pending ON organizations (tree_ready) WHERE tree_ready = 0;
CREATE INDEX departments_children ON departments (organization_id, parent_id, sort_key, id);
CREATE INDEX organization_members_tree ON organization_members (organization_id, department_id, id);

-- The changes feed: one row per change, numbered by the organization's tree
-- version after it. parent_ids lists the nodes whose children changed
-- ("0" for the root level), comma-separated.
CREATE TABLE organization_changes (
    id ${ID},
    organization_id ${BIGINT} NOT NULL REFERENCES organizations (id),
    tree_version ${BIGINT} NOT NULL,
    at ${BIGINT} NOT NULL,
    node_type TEXT NOT NULL CHECK (node_type IN ('organization', 'department', 'member')),
    node_id ${BIGINT} NOT NULL,
    action TEXT NOT NULL,
    parent_ids TEXT NOT NULL,
    UNIQUE (organization_id, tree_version)
);
