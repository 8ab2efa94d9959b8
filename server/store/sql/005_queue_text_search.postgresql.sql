-- Version 5: text search in the review queues without scanning them.
-- pg_trgm's GIN indexes serve ILIKE '%…%' for three characters or more.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX workspace_applications_text ON workspace_applications USING gin (
    (company_name || ' ' || applicant_name || ' ' || applicant_email) gin_trgm_ops);
CREATE INDEX enterprise_verifications_text ON enterprise_verifications USING gin (
    (company_name || ' ' || applicant_name || ' ' || applicant_email || ' ' || credit_code) gin_trgm_ops);
