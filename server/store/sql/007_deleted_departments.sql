-- Version 7: what a deleted department was, so that it can be restored (the
-- console's undo of a delete, or anyone who deleted the wrong one): where it
-- stood, and which members and sub-departments it held when its contents went
-- to moved_to. Restoring brings back those still there. Kept 30 days.
--
-- SQLite may give a new row the id of a deleted one, so a tombstone never
-- trusts an id of something that has gone since: when the department it stood
-- in (or whose contents it holds) is deleted too, parent_id (moved_to) gives
-- way to that department's own tombstone in parent_deleted_id
-- (moved_to_deleted_id) until that one is restored; a member removed or a
-- department deleted leaves every list of contents.
CREATE TABLE deleted_departments (
    id ${ID},
    organization_id ${BIGINT} NOT NULL REFERENCES organizations (id),
    department_id ${BIGINT} NOT NULL,
    parent_id ${BIGINT},
    parent_deleted_id ${BIGINT},
    name TEXT NOT NULL,
    sort_key INTEGER NOT NULL,
    moved_to ${BIGINT},
    moved_to_deleted_id ${BIGINT},
    deleted_at ${BIGINT} NOT NULL
);
CREATE INDEX deleted_departments_by_parent ON deleted_departments (organization_id, parent_id);
CREATE INDEX deleted_departments_by_holder ON deleted_departments (organization_id, moved_to);
CREATE INDEX deleted_departments_waiting_parent ON deleted_departments (parent_deleted_id);
CREATE INDEX deleted_departments_waiting_holder ON deleted_departments (moved_to_deleted_id);
CREATE INDEX deleted_departments_by_age ON deleted_departments (organization_id, deleted_at);

CREATE TABLE deleted_department_contents (
    deleted_department_id ${BIGINT} NOT NULL REFERENCES deleted_departments (id),
    node_type TEXT NOT NULL CHECK (node_type IN ('department', 'member')),
    node_id ${BIGINT} NOT NULL,
    PRIMARY KEY (deleted_department_id, node_type, node_id)
);
CREATE INDEX deleted_department_contents_by_node ON deleted_department_contents (node_type, node_id);
