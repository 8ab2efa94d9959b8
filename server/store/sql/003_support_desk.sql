-- Version 3: the support desk — account search, support actions, reveals,
-- SMS quota resets and real-name level lists.

-- An administrator's password reset: only the Argon2id hash of a temporary
-- password, or the SHA-256 digest of a reset link's token, is ever stored.
ALTER TABLE accounts ADD COLUMN password_hash TEXT;
ALTER TABLE accounts ADD COLUMN password_reset_token_hash TEXT;
ALTER TABLE accounts ADD COLUMN password_reset_expires_at ${BIGINT};
ALTER TABLE accounts ADD COLUMN password_reset_at ${BIGINT};
ALTER TABLE accounts ADD COLUMN activation_sent_at ${BIGINT};

-- Real-name records carry their account's platform organization, so counts by
-- level and lists by level stay inside one index instead of joining a million
-- accounts. A trigger (per dialect) fills it on insert.
ALTER TABLE realname_records ADD COLUMN platform_org_id ${BIGINT};
UPDATE realname_records SET platform_org_id =
    (SELECT a.platform_org_id FROM accounts a WHERE a.id = realname_records.account_id);
CREATE INDEX realname_by_level ON realname_records
    (platform_org_id, level, verified_at, account_id, four_element_state, id_valid_to);
CREATE INDEX realname_by_verified ON realname_records
    (platform_org_id, verified_at, account_id, level, four_element_state, id_valid_to);

-- Support resets a number's SMS quota: the sends up to after_send_id (the
-- last send when it was reset) no longer count.
CREATE TABLE sms_quota_resets (
    mobile TEXT PRIMARY KEY,
    reset_at ${BIGINT} NOT NULL,
    after_send_id ${BIGINT} NOT NULL,
    staff_id ${BIGINT} REFERENCES staff (id)
);

-- Reveals per staff member in the last hour (the rate limit) are counted here.
CREATE INDEX audit_log_actor_action ON audit_log (actor_id, action, at);

-- Authorizations by platform, for "which apps does this service provider hold".
CREATE INDEX third_party_authorizations_platform
    ON third_party_authorizations (third_party_platform_id, app_id);
