-- PostgreSQL: a prefix is searched as a range (>= prefix AND < next prefix) in
-- byte order, which only an index in the "C" collation serves whatever the
-- database's own collation is; the account id ends each index for keyset pages.
CREATE INDEX accounts_search_username ON accounts (platform_org_id, (lower(username)) COLLATE "C", id);
CREATE INDEX accounts_search_email ON accounts (platform_org_id, (lower(email)) COLLATE "C", id);
CREATE INDEX accounts_search_display_name ON accounts (platform_org_id, display_name COLLATE "C", id);
CREATE INDEX accounts_search_name_latin ON accounts (platform_org_id, (lower(name_latin)) COLLATE "C", id);
CREATE INDEX accounts_search_mobile ON accounts (platform_org_id, mobile, id);
CREATE FUNCTION realname_records_platform_org() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.platform_org_id IS NULL THEN
        SELECT a.platform_org_id INTO NEW.platform_org_id FROM accounts a WHERE a.id = NEW.account_id;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER realname_records_platform_org BEFORE INSERT ON realname_records
    FOR EACH ROW EXECUTE FUNCTION realname_records_platform_org();
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO gatehouse_app;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM gatehouse_app;
