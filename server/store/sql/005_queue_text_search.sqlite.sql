-- Version 5: text search in the review queues without scanning them.
-- FTS5's trigram tokenizer finds any substring of three characters or more
-- (Chinese too), case-insensitively; shorter searches still use LIKE.
CREATE VIRTUAL TABLE workspace_applications_text USING fts5(
    company_name, applicant_name, applicant_email,
    content = 'workspace_applications', content_rowid = 'id', tokenize = 'trigram');
INSERT INTO workspace_applications_text (workspace_applications_text) VALUES ('rebuild');
CREATE TRIGGER workspace_applications_text_insert AFTER INSERT ON workspace_applications
BEGIN
    INSERT INTO workspace_applications_text (rowid, company_name, applicant_name, applicant_email)
    VALUES (new.id, new.company_name, new.applicant_name, new.applicant_email);
END;
CREATE TRIGGER workspace_applications_text_delete AFTER DELETE ON workspace_applications
BEGIN
    INSERT INTO workspace_applications_text (workspace_applications_text, rowid, company_name, applicant_name,
                                             applicant_email)
    VALUES ('delete', old.id, old.company_name, old.applicant_name, old.applicant_email);
END;
CREATE TRIGGER workspace_applications_text_update
AFTER UPDATE OF company_name, applicant_name, applicant_email ON workspace_applications
BEGIN
    INSERT INTO workspace_applications_text (workspace_applications_text, rowid, company_name, applicant_name,
                                             applicant_email)
    VALUES ('delete', old.id, old.company_name, old.applicant_name, old.applicant_email);
    INSERT INTO workspace_applications_text (rowid, company_name, applicant_name, applicant_email)
    VALUES (new.id, new.company_name, new.applicant_name, new.applicant_email);
END;

CREATE VIRTUAL TABLE enterprise_verifications_text USING fts5(
    company_name, applicant_name, applicant_email, credit_code,
    content = 'enterprise_verifications', content_rowid = 'id', tokenize = 'trigram');
INSERT INTO enterprise_verifications_text (enterprise_verifications_text) VALUES ('rebuild');
CREATE TRIGGER enterprise_verifications_text_insert AFTER INSERT ON enterprise_verifications
BEGIN
    INSERT INTO enterprise_verifications_text (rowid, company_name, applicant_name, applicant_email, credit_code)
    VALUES (new.id, new.company_name, new.applicant_name, new.applicant_email, new.credit_code);
END;
CREATE TRIGGER enterprise_verifications_text_delete AFTER DELETE ON enterprise_verifications
BEGIN
    INSERT INTO enterprise_verifications_text (enterprise_verifications_text, rowid, company_name, applicant_name,
                                               applicant_email, credit_code)
    VALUES ('delete', old.id, old.company_name, old.applicant_name, old.applicant_email, old.credit_code);
END;
CREATE TRIGGER enterprise_verifications_text_update
AFTER UPDATE OF company_name, applicant_name, applicant_email, credit_code ON enterprise_verifications
BEGIN
    INSERT INTO enterprise_verifications_text (enterprise_verifications_text, rowid, company_name, applicant_name,
                                               applicant_email, credit_code)
    VALUES ('delete', old.id, old.company_name, old.applicant_name, old.applicant_email, old.credit_code);
    INSERT INTO enterprise_verifications_text (rowid, company_name, applicant_name, applicant_email, credit_code)
    VALUES (new.id, new.company_name, new.applicant_name, new.applicant_email, new.credit_code);
END;
