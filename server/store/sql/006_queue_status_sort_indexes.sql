-- Version 6: the default views filter on a status (under review) and sort by
-- any column; one index per status-and-column pair serves each page by walking
-- it in order instead of sorting every item under review.
CREATE INDEX wa_status_submitted ON workspace_applications (platform_org_id, status, submitted_at, id);
CREATE INDEX wa_status_company ON workspace_applications (platform_org_id, status, company_name, id);
CREATE INDEX wa_status_applicant ON workspace_applications (platform_org_id, status, applicant_name, id);
CREATE INDEX wa_status_role ON workspace_applications (platform_org_id, status, applicant_role, id);
CREATE INDEX wa_status_claimer ON workspace_applications (platform_org_id, status, claimed_by_name, id);
CREATE INDEX ev_status_submitted ON enterprise_verifications (platform_org_id, status, submitted_at, id);
CREATE INDEX ev_status_company ON enterprise_verifications (platform_org_id, status, company_name, id);
CREATE INDEX ev_status_applicant ON enterprise_verifications (platform_org_id, status, applicant_name, id);
CREATE INDEX ev_status_role ON enterprise_verifications (platform_org_id, status, applicant_role, id);
CREATE INDEX ev_status_claimer ON enterprise_verifications (platform_org_id, status, claimed_by_name, id);
