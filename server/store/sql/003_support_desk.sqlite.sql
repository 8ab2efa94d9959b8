-- SQLite: the search's prefix ranges use version 1's indexes as they are
-- (BINARY collation, lower(...) expressions; the rowid, which is the account
-- id, ends every index and orders ties).
CREATE TRIGGER realname_records_platform_org AFTER INSERT ON realname_records
WHEN NEW.platform_org_id IS NULL
BEGIN
    UPDATE realname_records SET platform_org_id =
        (SELECT a.platform_org_id FROM accounts a WHERE a.id = NEW.account_id)
    WHERE account_id = NEW.account_id;
END;
