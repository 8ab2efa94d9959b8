-- Gatehouse platform schema, version 1: the whole domain of the brief.
-- Times are milliseconds since the Unix epoch (UTC) in ${BIGINT} columns; flags
-- are 0/1 integers; dates without time are yyyy-MM-dd text. ${ID}, ${BLOB} and
-- ${BIGINT} are spelled per dialect by the Database backend.

-- Platform organizations: the operators of the platform. Staff work in one at a
-- time and every platform record belongs to exactly one.
CREATE TABLE platform_orgs (
    id ${ID},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_zh TEXT NOT NULL,
    created_at ${BIGINT} NOT NULL
);

-- Staff of the administration portal: the console's users.
CREATE TABLE staff (
    id ${ID},
    username TEXT NOT NULL,
    email TEXT NOT NULL,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    lockouts INTEGER NOT NULL DEFAULT 0,
    locked_until ${BIGINT},
    created_at ${BIGINT} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX staff_username ON staff (lower(username));
CREATE UNIQUE INDEX staff_email ON staff (lower(email));

CREATE TABLE staff_roles (
    staff_id ${BIGINT} NOT NULL REFERENCES staff (id),
    platform_org_id ${BIGINT} NOT NULL REFERENCES platform_orgs (id),
    role TEXT NOT NULL CHECK (role IN ('reviewer', 'support_agent', 'organization_administrator',
                                       'auditor', 'administrator')),
    PRIMARY KEY (staff_id, platform_org_id, role)
);

-- A sign-in is a session: one token family, scoped to one platform organization.
CREATE TABLE auth_sessions (
    id ${ID},
    staff_id ${BIGINT} NOT NULL REFERENCES staff (id),
    platform_org_id ${BIGINT} NOT NULL REFERENCES platform_orgs (id),
    created_at ${BIGINT} NOT NULL,
    last_used_at ${BIGINT} NOT NULL,
    expires_at ${BIGINT} NOT NULL,
    revoked_at ${BIGINT},
    revoke_reason TEXT
);
CREATE INDEX auth_sessions_staff ON auth_sessions (staff_id);

-- Only SHA-256 digests of tokens are stored; a leaked table grants nothing.
CREATE TABLE auth_tokens (
    token_hash TEXT PRIMARY KEY,
    session_id ${BIGINT} NOT NULL REFERENCES auth_sessions (id),
    kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
    issued_at ${BIGINT} NOT NULL,
    expires_at ${BIGINT} NOT NULL,
    used_at ${BIGINT}
);
CREATE INDEX auth_tokens_session ON auth_tokens (session_id);

-- Issued when a staff member of several platform organizations must choose one.
CREATE TABLE auth_selections (
    token_hash TEXT PRIMARY KEY,
    staff_id ${BIGINT} NOT NULL REFERENCES staff (id),
    expires_at ${BIGINT} NOT NULL,
    used_at ${BIGINT}
);

-- Platform users: developers and merchants (seeds 000, 002).
CREATE TABLE accounts (
    id ${ID},
    platform_org_id ${BIGINT} NOT NULL REFERENCES platform_orgs (id),
    username TEXT,
    email TEXT,
    mobile TEXT,
    display_name TEXT NOT NULL,
    name_latin TEXT,
    account_type TEXT NOT NULL CHECK (account_type IN ('individual', 'corporate')),
    status TEXT NOT NULL CHECK (status IN ('unactivated', 'active', 'locked', 'disabled')),
    locked_until ${BIGINT},
    lock_reason TEXT,
    disabled_reason TEXT,
    password_set INTEGER NOT NULL DEFAULT 1,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    created_by_agent INTEGER NOT NULL DEFAULT 0,
    created_at ${BIGINT} NOT NULL,
    activated_at ${BIGINT},
    last_sign_in_at ${BIGINT},
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX accounts_username ON accounts (platform_org_id, lower(username));
CREATE INDEX accounts_email ON accounts (platform_org_id, lower(email));
CREATE INDEX accounts_mobile ON accounts (platform_org_id, mobile);
CREATE INDEX accounts_display_name ON accounts (platform_org_id, display_name);
CREATE INDEX accounts_name_latin ON accounts (platform_org_id, lower(name_latin));

CREATE TABLE account_login_methods (
    account_id ${BIGINT} NOT NULL REFERENCES accounts (id),
    method TEXT NOT NULL CHECK (method IN ('password', 'sms', 'sso', 'face')),
    PRIMARY KEY (account_id, method)
);

CREATE TABLE account_sign_ins (
    id ${ID},
    account_id ${BIGINT} NOT NULL REFERENCES accounts (id),
    at ${BIGINT} NOT NULL,
    method TEXT NOT NULL,
    ip TEXT,
    result TEXT NOT NULL
);
CREATE INDEX account_sign_ins_account ON account_sign_ins (account_id, at);

CREATE TABLE account_sessions (
    id ${ID},
    account_id ${BIGINT} NOT NULL REFERENCES accounts (id),
    started_at ${BIGINT} NOT NULL,
    last_seen_at ${BIGINT} NOT NULL,
    device TEXT,
    ip TEXT,
    ended_at ${BIGINT}
);
CREATE INDEX account_sessions_account ON account_sessions (account_id);

-- Real-name verification (seed 002): level 3 after the four-element check,
-- level 4 after face verification. id_valid_to NULL means long-term validity.
CREATE TABLE realname_records (
    account_id ${BIGINT} PRIMARY KEY REFERENCES accounts (id),
    level INTEGER NOT NULL CHECK (level IN (3, 4)),
    legal_name TEXT NOT NULL,
    id_number TEXT NOT NULL,
    id_valid_from TEXT NOT NULL,
    id_valid_to TEXT,
    validity_years INTEGER,
    four_element_state TEXT NOT NULL CHECK (four_element_state IN ('passed', 'failed', 'pending')),
    verified_at ${BIGINT} NOT NULL,
    face_verified_at ${BIGINT},
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX realname_id_number ON realname_records (id_number);
CREATE INDEX realname_level ON realname_records (level, verified_at);

CREATE TABLE realname_history (
    id ${ID},
    account_id ${BIGINT} NOT NULL REFERENCES accounts (id),
    at ${BIGINT} NOT NULL,
    from_level INTEGER,
    to_level INTEGER NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('four_element', 'face', 'administrator')),
    actor TEXT NOT NULL,
    note TEXT
);
CREATE INDEX realname_history_account ON realname_history (account_id, at);

-- SMS verification codes sent (seed 002 §10.2); the code itself is never kept.
CREATE TABLE sms_sends (
    id ${ID},
    account_id ${BIGINT} REFERENCES accounts (id),
    mobile TEXT NOT NULL,
    sent_at ${BIGINT} NOT NULL,
    purpose TEXT NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('sent', 'limited_minute', 'limited_hour', 'limited_day',
                                           'failed'))
);
CREATE INDEX sms_sends_mobile ON sms_sends (mobile, sent_at);
CREATE INDEX sms_sends_account ON sms_sends (account_id, sent_at);

-- Team organizations (seeds 000 §3.1, 004) with department trees and members.
CREATE TABLE organizations (
    id ${ID},
    platform_org_id ${BIGINT} NOT NULL REFERENCES platform_orgs (id),
    name TEXT NOT NULL,
    org_type TEXT NOT NULL CHECK (org_type IN ('individual', 'corporate')),
    member_limit INTEGER,
    owner_account_id ${BIGINT} NOT NULL REFERENCES accounts (id),
    created_at ${BIGINT} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX organizations_platform ON organizations (platform_org_id, name);
CREATE INDEX organizations_owner ON organizations (owner_account_id);

CREATE TABLE departments (
    id ${ID},
    organization_id ${BIGINT} NOT NULL REFERENCES organizations (id),
    parent_id ${BIGINT} REFERENCES departments (id),
    name TEXT NOT NULL,
    sort_key INTEGER NOT NULL DEFAULT 0,
    created_at ${BIGINT} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX departments_parent ON departments (organization_id, parent_id, sort_key);

CREATE TABLE organization_members (
    id ${ID},
    organization_id ${BIGINT} NOT NULL REFERENCES organizations (id),
    account_id ${BIGINT} NOT NULL REFERENCES accounts (id),
    department_id ${BIGINT} REFERENCES departments (id),
    role TEXT NOT NULL CHECK (role IN ('owner', 'administrator', 'member')),
    title TEXT,
    joined_at ${BIGINT} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (organization_id, account_id)
);
CREATE INDEX organization_members_department ON organization_members (department_id);
CREATE INDEX organization_members_account ON organization_members (account_id);

CREATE TABLE images (
    id ${ID},
    content_type TEXT NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg')),
    byte_size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    width INTEGER,
    height INTEGER,
    data ${BLOB} NOT NULL,
    created_at ${BIGINT} NOT NULL
);

-- Workspace applications (seed 001). A resubmission after a rejection is a new
-- row pointing at the one it follows, so one applicant has a history.
CREATE TABLE workspace_applications (
    id ${ID},
    platform_org_id ${BIGINT} NOT NULL REFERENCES platform_orgs (id),
    applicant_account_id ${BIGINT} NOT NULL REFERENCES accounts (id),
    applicant_role TEXT NOT NULL,
    company_name TEXT NOT NULL,
    logo_image_id ${BIGINT} REFERENCES images (id),
    website TEXT,
    contact_number TEXT,
    email TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('under_review', 'approved', 'rejected', 'withdrawn')),
    submitted_at ${BIGINT} NOT NULL,
    due_at ${BIGINT} NOT NULL,
    decided_at ${BIGINT},
    decided_by_staff_id ${BIGINT} REFERENCES staff (id),
    decided_by_name TEXT,
    reason_code TEXT,
    reason_text TEXT,
    previous_id ${BIGINT} REFERENCES workspace_applications (id),
    claimed_by_staff_id ${BIGINT} REFERENCES staff (id),
    claimed_by_name TEXT,
    claim_expires_at ${BIGINT},
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX workspace_applications_queue ON workspace_applications (platform_org_id, status, submitted_at);
CREATE INDEX workspace_applications_applicant ON workspace_applications (applicant_account_id);

-- Enterprise verifications (seed 000 §3.4): an individual team becomes corporate.
CREATE TABLE enterprise_verifications (
    id ${ID},
    platform_org_id ${BIGINT} NOT NULL REFERENCES platform_orgs (id),
    applicant_account_id ${BIGINT} NOT NULL REFERENCES accounts (id),
    organization_id ${BIGINT} NOT NULL REFERENCES organizations (id),
    company_name TEXT NOT NULL,
    credit_code TEXT NOT NULL,
    legal_representative TEXT NOT NULL,
    licence_image_id ${BIGINT} REFERENCES images (id),
    contact_name TEXT NOT NULL,
    contact_phone TEXT NOT NULL,
    contact_email TEXT,
    status TEXT NOT NULL CHECK (status IN ('under_review', 'approved', 'rejected', 'withdrawn')),
    submitted_at ${BIGINT} NOT NULL,
    due_at ${BIGINT} NOT NULL,
    decided_at ${BIGINT},
    decided_by_staff_id ${BIGINT} REFERENCES staff (id),
    decided_by_name TEXT,
    reason_code TEXT,
    reason_text TEXT,
    previous_id ${BIGINT} REFERENCES enterprise_verifications (id),
    claimed_by_staff_id ${BIGINT} REFERENCES staff (id),
    claimed_by_name TEXT,
    claim_expires_at ${BIGINT},
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX enterprise_verifications_queue ON enterprise_verifications (platform_org_id, status, submitted_at);
CREATE INDEX enterprise_verifications_applicant ON enterprise_verifications (applicant_account_id);

CREATE TABLE workspaces (
    id ${ID},
    platform_org_id ${BIGINT} NOT NULL REFERENCES platform_orgs (id),
    name TEXT NOT NULL,
    owner_account_id ${BIGINT} NOT NULL REFERENCES accounts (id),
    application_id ${BIGINT} REFERENCES workspace_applications (id),
    logo_image_id ${BIGINT} REFERENCES images (id),
    avatar_colour TEXT,
    created_at ${BIGINT} NOT NULL
);
CREATE INDEX workspaces_owner ON workspaces (owner_account_id);

-- Open platform (seed 003): an app is bound to at most one open-platform
-- account; an account has one OpenID per app and one UnionID per open-platform
-- account; agent-created open-platform accounts are unauthenticated.
CREATE TABLE open_platform_accounts (
    id ${ID},
    platform_org_id ${BIGINT} NOT NULL REFERENCES platform_orgs (id),
    owner_account_id ${BIGINT} NOT NULL REFERENCES accounts (id),
    name TEXT NOT NULL,
    appid TEXT NOT NULL UNIQUE,
    authenticated INTEGER NOT NULL DEFAULT 1,
    created_by_third_party_id ${BIGINT},
    created_at ${BIGINT} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX open_platform_accounts_owner ON open_platform_accounts (owner_account_id);

CREATE TABLE apps (
    id ${ID},
    platform_org_id ${BIGINT} NOT NULL REFERENCES platform_orgs (id),
    kind TEXT NOT NULL CHECK (kind IN ('mini_program', 'official_account')),
    name TEXT NOT NULL,
    appid TEXT NOT NULL UNIQUE,
    owner_account_id ${BIGINT} NOT NULL REFERENCES accounts (id),
    open_platform_account_id ${BIGINT} REFERENCES open_platform_accounts (id),
    bound_at ${BIGINT},
    created_at ${BIGINT} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX apps_owner ON apps (owner_account_id);
CREATE INDEX apps_open_platform_account ON apps (open_platform_account_id);

CREATE TABLE openids (
    app_id ${BIGINT} NOT NULL REFERENCES apps (id),
    account_id ${BIGINT} NOT NULL REFERENCES accounts (id),
    openid TEXT NOT NULL UNIQUE,
    created_at ${BIGINT} NOT NULL,
    PRIMARY KEY (app_id, account_id)
);
CREATE INDEX openids_account ON openids (account_id);

CREATE TABLE unionids (
    open_platform_account_id ${BIGINT} NOT NULL REFERENCES open_platform_accounts (id),
    account_id ${BIGINT} NOT NULL REFERENCES accounts (id),
    unionid TEXT NOT NULL UNIQUE,
    created_at ${BIGINT} NOT NULL,
    PRIMARY KEY (open_platform_account_id, account_id)
);
CREATE INDEX unionids_account ON unionids (account_id);

CREATE TABLE third_party_platforms (
    id ${ID},
    platform_org_id ${BIGINT} NOT NULL REFERENCES platform_orgs (id),
    name TEXT NOT NULL,
    service_provider TEXT NOT NULL,
    created_at ${BIGINT} NOT NULL
);

-- A merchant authorizes third-party platforms per app; an exclusive permission
-- set (e.g. open platform management) is held by one platform at most.
CREATE TABLE third_party_authorizations (
    id ${ID},
    app_id ${BIGINT} NOT NULL REFERENCES apps (id),
    third_party_platform_id ${BIGINT} NOT NULL REFERENCES third_party_platforms (id),
    permission_set TEXT NOT NULL,
    exclusive INTEGER NOT NULL DEFAULT 0,
    granted_at ${BIGINT} NOT NULL,
    revoked_at ${BIGINT},
    version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX third_party_authorizations_exclusive
    ON third_party_authorizations (app_id, permission_set) WHERE revoked_at IS NULL AND exclusive = 1;
CREATE INDEX third_party_authorizations_app ON third_party_authorizations (app_id);

-- Identity sources (seed 004): SSO, API integration, synchronization, real-time verification.
CREATE TABLE integration_sources (
    id ${ID},
    platform_org_id ${BIGINT} NOT NULL REFERENCES platform_orgs (id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('oidc', 'saml', 'oauth', 'api', 'sync', 'realtime')),
    status TEXT NOT NULL CHECK (status IN ('healthy', 'degraded', 'failing', 'disabled')),
    last_sync_at ${BIGINT},
    last_sync_result TEXT,
    accounts_count INTEGER NOT NULL DEFAULT 0,
    errors_count INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at ${BIGINT} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

-- The audit log: append-only and hash-chained. hash = SHA-256(prev_hash ‖ row);
-- the dialect file adds what stops updates and deletes.
CREATE TABLE audit_log (
    id ${ID},
    platform_org_id ${BIGINT},
    at ${BIGINT} NOT NULL,
    actor_id ${BIGINT},
    actor_name TEXT NOT NULL,
    actor_role TEXT NOT NULL,
    request_id TEXT NOT NULL,
    action TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id TEXT NOT NULL,
    target_name TEXT NOT NULL,
    before_json TEXT NOT NULL,
    after_json TEXT NOT NULL,
    reason TEXT NOT NULL,
    result TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_log_org ON audit_log (platform_org_id, id);
CREATE INDEX audit_log_target ON audit_log (target_type, target_id, id);
CREATE INDEX audit_log_actor ON audit_log (actor_id, id);
