-- Version 2: what the review queues need beyond the domain of version 1.

-- Denormalised applicant name and email, so a queue sorts and searches on them
-- with an index instead of a join over a million accounts.
ALTER TABLE workspace_applications ADD COLUMN applicant_name TEXT NOT NULL DEFAULT '';
ALTER TABLE workspace_applications ADD COLUMN applicant_email TEXT NOT NULL DEFAULT '';
ALTER TABLE enterprise_verifications ADD COLUMN applicant_name TEXT NOT NULL DEFAULT '';
ALTER TABLE enterprise_verifications ADD COLUMN applicant_email TEXT NOT NULL DEFAULT '';
ALTER TABLE enterprise_verifications ADD COLUMN applicant_role TEXT NOT NULL DEFAULT 'enterprise';
-- 1 for a first submission, 2 for the first resubmission after a rejection …
ALTER TABLE workspace_applications ADD COLUMN submission_number INTEGER NOT NULL DEFAULT 1;
ALTER TABLE enterprise_verifications ADD COLUMN submission_number INTEGER NOT NULL DEFAULT 1;
-- When anything a queue shows last changed (submission, claim, release,
-- decision): the console's live refresh asks for what changed since.
ALTER TABLE workspace_applications ADD COLUMN updated_at ${BIGINT} NOT NULL DEFAULT 0;
ALTER TABLE enterprise_verifications ADD COLUMN updated_at ${BIGINT} NOT NULL DEFAULT 0;

-- The language decision mails are written in.
ALTER TABLE accounts ADD COLUMN preferred_language TEXT NOT NULL DEFAULT 'zh_CN';

-- Images belong to a platform organization like everything else.
ALTER TABLE images ADD COLUMN platform_org_id ${BIGINT};

-- Sort orders a reviewer can ask for, each with the id as the tie breaker that
-- keyset paging needs.
CREATE INDEX wa_by_due ON workspace_applications (platform_org_id, due_at, id);
CREATE INDEX wa_by_submitted ON workspace_applications (platform_org_id, submitted_at, id);
CREATE INDEX wa_by_company ON workspace_applications (platform_org_id, company_name, id);
CREATE INDEX wa_by_applicant ON workspace_applications (platform_org_id, applicant_name, id);
CREATE INDEX wa_by_role ON workspace_applications (platform_org_id, applicant_role, id);
CREATE INDEX wa_by_status ON workspace_applications (platform_org_id, status, due_at, id);
CREATE INDEX wa_by_claimer ON workspace_applications (platform_org_id, claimed_by_name, id);
CREATE INDEX wa_previous ON workspace_applications (previous_id);
CREATE INDEX wa_updated ON workspace_applications (platform_org_id, updated_at, id);
CREATE INDEX ev_by_due ON enterprise_verifications (platform_org_id, due_at, id);
CREATE INDEX ev_by_submitted ON enterprise_verifications (platform_org_id, submitted_at, id);
CREATE INDEX ev_by_company ON enterprise_verifications (platform_org_id, company_name, id);
CREATE INDEX ev_by_applicant ON enterprise_verifications (platform_org_id, applicant_name, id);
CREATE INDEX ev_by_role ON enterprise_verifications (platform_org_id, applicant_role, id);
CREATE INDEX ev_by_status ON enterprise_verifications (platform_org_id, status, due_at, id);
CREATE INDEX ev_by_claimer ON enterprise_verifications (platform_org_id, claimed_by_name, id);
CREATE INDEX ev_previous ON enterprise_verifications (previous_id);
CREATE INDEX ev_updated ON enterprise_verifications (platform_org_id, updated_at, id);
CREATE INDEX ev_credit_code ON enterprise_verifications (credit_code);

-- Rejection reasons, configurable by administrators, in both languages.
CREATE TABLE reason_codes (
    code TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('workspace_application', 'enterprise_verification', 'any')),
    text_en TEXT NOT NULL,
    text_zh TEXT NOT NULL,
    requires_text INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    sort_key INTEGER NOT NULL DEFAULT 0
);
INSERT INTO reason_codes (code, kind, text_en, text_zh, requires_text, sort_key) VALUES
    ('incomplete_information', 'any', 'Some required information is missing or incomplete.', '部分必填信息缺失或不完整。', 0, 10),
    ('company_name_mismatch', 'any', 'The company name does not match the supporting documents.', '公司名称与证明材料不一致。', 0, 20),
    ('website_unreachable', 'workspace_application', 'The website could not be reached or does not belong to the company.', '网站无法访问或不属于该公司。', 0, 30),
    ('contact_unverifiable', 'any', 'We could not verify the contact number or email address.', '无法核实联系电话或电子邮箱。', 0, 40),
    ('logo_inappropriate', 'workspace_application', 'The logo is unclear or not appropriate.', '标志不清晰或不合适。', 0, 50),
    ('credit_code_mismatch', 'enterprise_verification', 'The Unified Social Credit Code does not match the business licence.', '统一社会信用代码与营业执照不一致。', 0, 60),
    ('licence_unreadable', 'enterprise_verification', 'The business licence image is unreadable or incomplete.', '营业执照图片无法辨认或不完整。', 0, 70),
    ('licence_expired', 'enterprise_verification', 'The business licence has expired or been revoked.', '营业执照已过期或已被吊销。', 0, 80),
    ('legal_representative_mismatch', 'enterprise_verification', 'The legal representative does not match the business licence.', '法定代表人与营业执照不一致。', 0, 90),
    ('duplicate_submission', 'any', 'This duplicates a submission that is already under review or approved.', '与审核中或已通过的申请重复。', 0, 100),
    ('other', 'any', 'Other reason (see the note).', '其他原因（见说明）。', 1, 1000);

-- The business-day calendar: holidays and make-up working days (调休).
CREATE TABLE calendar_days (
    day TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name TEXT NOT NULL DEFAULT ''
);

-- Idempotency keys of decisions, namespaced per staff member and kept at least
-- 30 days, so a retry or a replay after a crash returns the first answer.
CREATE TABLE idempotency_keys (
    staff_id ${BIGINT} NOT NULL REFERENCES staff (id),
    idempotency_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    response_body TEXT NOT NULL,
    created_at ${BIGINT} NOT NULL,
    PRIMARY KEY (staff_id, idempotency_key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

-- Every mail the platform sends, as rendered; a real SMTP sender is optional.
CREATE TABLE mail_outbox (
    id ${ID},
    platform_org_id ${BIGINT} NOT NULL REFERENCES platform_orgs (id),
    recipient TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    related_type TEXT NOT NULL,
    related_id TEXT NOT NULL,
    created_at ${BIGINT} NOT NULL,
    sent_at ${BIGINT},
    status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed'))
);
CREATE INDEX mail_outbox_related ON mail_outbox (related_type, related_id);
CREATE INDEX mail_outbox_org ON mail_outbox (platform_org_id, id);

-- China's public holidays and make-up working days, 2026-2027 (as BusinessCalendar::chinaDefault).
INSERT INTO calendar_days (day, kind, name) VALUES
    ('2026-01-01', 'holiday', 'New Year''s Day / 元旦'),
    ('2026-01-02', 'holiday', 'New Year''s Day / 元旦'),
    ('2026-01-03', 'holiday', 'New Year''s Day / 元旦'),
    ('2026-02-15', 'holiday', 'Spring Festival / 春节'),
    ('2026-02-16', 'holiday', 'Spring Festival / 春节'),
    ('2026-02-17', 'holiday', 'Spring Festival / 春节'),
    ('2026-02-18', 'holiday', 'Spring Festival / 春节'),
    ('2026-02-19', 'holiday', 'Spring Festival / 春节'),
    ('2026-02-20', 'holiday', 'Spring Festival / 春节'),
    ('2026-02-21', 'holiday', 'Spring Festival / 春节'),
    ('2026-02-22', 'holiday', 'Spring Festival / 春节'),
    ('2026-02-23', 'holiday', 'Spring Festival / 春节'),
    ('2026-04-04', 'holiday', 'Qingming Festival / 清明节'),
    ('2026-04-05', 'holiday', 'Qingming Festival / 清明节'),
    ('2026-04-06', 'holiday', 'Qingming Festival / 清明节'),
    ('2026-05-01', 'holiday', 'Labour Day / 劳动节'),
    ('2026-05-02', 'holiday', 'Labour Day / 劳动节'),
    ('2026-05-03', 'holiday', 'Labour Day / 劳动节'),
    ('2026-05-04', 'holiday', 'Labour Day / 劳动节'),
    ('2026-05-05', 'holiday', 'Labour Day / 劳动节'),
    ('2026-06-19', 'holiday', 'Dragon Boat Festival / 端午节'),
    ('2026-06-20', 'holiday', 'Dragon Boat Festival / 端午节'),
    ('2026-06-21', 'holiday', 'Dragon Boat Festival / 端午节'),
    ('2026-09-25', 'holiday', 'Mid-Autumn Festival / 中秋节'),
    ('2026-09-26', 'holiday', 'Mid-Autumn Festival / 中秋节'),
    ('2026-09-27', 'holiday', 'Mid-Autumn Festival / 中秋节'),
    ('2026-10-01', 'holiday', 'National Day / 国庆节'),
    ('2026-10-02', 'holiday', 'National Day / 国庆节'),
    ('2026-10-03', 'holiday', 'National Day / 国庆节'),
    ('2026-10-04', 'holiday', 'National Day / 国庆节'),
    ('2026-10-05', 'holiday', 'National Day / 国庆节'),
    ('2026-10-06', 'holiday', 'National Day / 国庆节'),
    ('2026-10-07', 'holiday', 'National Day / 国庆节'),
    ('2027-01-01', 'holiday', 'New Year''s Day / 元旦'),
    ('2027-01-02', 'holiday', 'New Year''s Day / 元旦'),
    ('2027-01-03', 'holiday', 'New Year''s Day / 元旦'),
    ('2027-02-05', 'holiday', 'Spring Festival / 春节'),
    ('2027-02-06', 'holiday', 'Spring Festival / 春节'),
    ('2027-02-07', 'holiday', 'Spring Festival / 春节'),
    ('2027-02-08', 'holiday', 'Spring Festival / 春节'),
    ('2027-02-09', 'holiday', 'Spring Festival / 春节'),
    ('2027-02-10', 'holiday', 'Spring Festival / 春节'),
    ('2027-02-11', 'holiday', 'Spring Festival / 春节'),
    ('2027-02-12', 'holiday', 'Spring Festival / 春节'),
    ('2027-04-03', 'holiday', 'Qingming Festival / 清明节'),
    ('2027-04-04', 'holiday', 'Qingming Festival / 清明节'),
    ('2027-04-05', 'holiday', 'Qingming Festival / 清明节'),
    ('2027-05-01', 'holiday', 'Labour Day / 劳动节'),
    ('2027-05-02', 'holiday', 'Labour Day / 劳动节'),
    ('2027-05-03', 'holiday', 'Labour Day / 劳动节'),
    ('2027-05-04', 'holiday', 'Labour Day / 劳动节'),
    ('2027-05-05', 'holiday', 'Labour Day / 劳动节'),
    ('2027-06-09', 'holiday', 'Dragon Boat Festival / 端午节'),
    ('2027-06-10', 'holiday', 'Dragon Boat Festival / 端午节'),
    ('2027-06-11', 'holiday', 'Dragon Boat Festival / 端午节'),
    ('2027-09-15', 'holiday', 'Mid-Autumn Festival / 中秋节'),
    ('2027-09-16', 'holiday', 'Mid-Autumn Festival / 中秋节'),
    ('2027-09-17', 'holiday', 'Mid-Autumn Festival / 中秋节'),
    ('2027-10-01', 'holiday', 'National Day / 国庆节'),
    ('2027-10-02', 'holiday', 'National Day / 国庆节'),
    ('2027-10-03', 'holiday', 'National Day / 国庆节'),
    ('2027-10-04', 'holiday', 'National Day / 国庆节'),
    ('2027-10-05', 'holiday', 'National Day / 国庆节'),
    ('2027-10-06', 'holiday', 'National Day / 国庆节'),
    ('2027-10-07', 'holiday', 'National Day / 国庆节'),
    ('2026-01-04', 'workday', 'Make-up working day / 调休上班'),
    ('2026-02-14', 'workday', 'Make-up working day / 调休上班'),
    ('2026-02-28', 'workday', 'Make-up working day / 调休上班'),
    ('2026-05-09', 'workday', 'Make-up working day / 调休上班'),
    ('2026-09-20', 'workday', 'Make-up working day / 调休上班'),
    ('2026-10-10', 'workday', 'Make-up working day / 调休上班'),
    ('2027-02-13', 'workday', 'Make-up working day / 调休上班'),
    ('2027-05-08', 'workday', 'Make-up working day / 调休上班'),
    ('2027-09-26', 'workday', 'Make-up working day / 调休上班'),
    ('2027-10-09', 'workday', 'Make-up working day / 调休上班');
