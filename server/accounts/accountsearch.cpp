#include "accounts/accountsearch.h"

#include "accounts/accountstore.h"
#include "store/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// A cursor names the last account of a page, nothing else: the key to continue
// from is read again from that row, so no value (an email address …) travels
// in clear inside a cursor.
QString encodeCursor(qint64 id)
{
    return QString::fromLatin1(QByteArray::number(id).toBase64(QByteArray::Base64UrlEncoding
                                                               | QByteArray::OmitTrailingEquals));
}

qint64 decodeCursor(const QString &text)
{
    if (text.size() > 32)
        return 0;
    const auto decoded = QByteArray::fromBase64Encoding(
            text.toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return 0;
    bool ok = false;
    const qint64 id = decoded.decoded.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

QString summarySelect()
{
    return u"SELECT "_s + AccountStore::summaryColumns()
            + u" FROM accounts a LEFT JOIN realname_records r ON r.account_id = a.id"_s;
}

QString likeEscaped(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out;
}

} // namespace

AccountSearch::AccountSearch(Database &db) : m_db(db) { }

QString AccountSearch::nextPrefix(const QString &prefix)
{
    QList<uint> points = prefix.toUcs4();
    while (!points.isEmpty()) {
        uint &last = points.last();
        // Skip the surrogate range: it holds no characters.
        const uint next = last == 0xD7FF ? 0xE000 : last + 1;
        if (next <= 0x10FFFF) {
            last = next;
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()),
                                     points.size());
        }
        points.removeLast();
    }
    return {};
}

AccountSearch::KeyColumn AccountSearch::keyColumn(const RecognisedQuery &query) const
{
    // PostgreSQL compares in the database's collation unless told otherwise;
    // the migration's search indexes are in "C", byte order, like SQLite's BINARY.
    const QString collate =
            m_db.kind() == Database::Kind::PostgreSql ? u" COLLATE \"C\""_s : QString();
    switch (query.kind) {
    case IdentifierKind::Email:
        return {u"lower(a.email)"_s + collate, u"email"_s};
    case IdentifierKind::Username:
        return {u"lower(a.username)"_s + collate, u"username"_s};
    case IdentifierKind::Name:
        if (query.hanName)
            return {u"a.display_name"_s + collate, u"display_name"_s};
        return {u"lower(a.name_latin)"_s + collate, u"name_latin"_s};
    default:
        return {};
    }
}

bool AccountSearch::search(qint64 orgId, const RecognisedQuery &query, bool exact, int limit,
                           const QString &cursor, AccountSearchPage *page)
{
    *page = {};
    limit = std::clamp(limit, 1, kMaxLimit);
    switch (query.kind) {
    case IdentifierKind::Empty:
        return true;
    case IdentifierKind::WeChatId:
        if (!cursor.isEmpty())
            return true; // one page holds every match
        searchWeChatId(orgId, query.normalized, page);
        return true;
    case IdentifierKind::AccountId:
    case IdentifierKind::Mobile:
    case IdentifierKind::IdNumber:
        return searchById(orgId, query, limit, cursor, page);
    case IdentifierKind::Email:
    case IdentifierKind::Username:
    case IdentifierKind::Name:
        return searchByKey(orgId, query, exact || !IdentifierKinds::allowsPrefix(query.kind), limit,
                           cursor, page);
    }
    return true;
}

qint64 AccountSearch::countUpToCap(const QString &fromWhere, const QVariantMap &binds, bool *exact)
{
    QSqlQuery &q = m_db.prepare(u"SELECT COUNT(*) FROM (SELECT 1 "_s + fromWhere + u" LIMIT "_s
                                + QString::number(kCountCap + 1) + u") capped"_s);
    for (auto it = binds.begin(); it != binds.end(); ++it)
        q.bindValue(it.key(), it.value());
    m_db.exec(q);
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    *exact = n <= kCountCap;
    return std::min<qint64>(n, kCountCap);
}

bool AccountSearch::searchById(qint64 orgId, const RecognisedQuery &query, int limit,
                               const QString &cursorText, AccountSearchPage *page)
{
    const qint64 after = cursorText.isEmpty() ? 0 : decodeCursor(cursorText);
    if (!cursorText.isEmpty() && !after)
        return false;
    QString fromWhere;
    QString matched = IdentifierKinds::code(query.kind);
    QVariantMap binds{{u":org"_s, orgId}, {u":value"_s, query.normalized}};
    switch (query.kind) {
    case IdentifierKind::AccountId:
        fromWhere = u"FROM accounts a WHERE a.platform_org_id = :org AND a.id = :value"_s;
        binds[u":value"_s] = query.normalized.toLongLong();
        break;
    case IdentifierKind::Mobile:
        fromWhere = u"FROM accounts a WHERE a.platform_org_id = :org AND a.mobile = :value"_s;
        break;
    default: // IdNumber
        // The record's own organization column keeps the planner on the ID
        // number's index; a condition on accounts could make it walk the
        // organization's accounts instead.
        fromWhere = u"FROM realname_records r JOIN accounts a ON a.id = r.account_id"
                    " WHERE r.id_number = :value AND r.platform_org_id = :org"_s;
        break;
    }
    bool exact = true;
    page->total = countUpToCap(fromWhere, binds, &exact);
    page->totalExact = exact;

    QString sql = query.kind == IdentifierKind::IdNumber
            ? QString(u"SELECT "_s + AccountStore::summaryColumns() + u' ' + fromWhere)
            : QString(summarySelect() + u' ' + fromWhere.sliced(fromWhere.indexOf(u"WHERE"_s)));
    if (after)
        sql += u" AND a.id > :after"_s;
    // The page size is bound, not written in: one prepared statement serves every size.
    sql += u" ORDER BY a.id LIMIT :limit"_s;
    QSqlQuery &q = m_db.prepare(sql);
    for (auto it = binds.begin(); it != binds.end(); ++it)
        q.bindValue(it.key(), it.value());
    q.bindValue(u":limit"_s, limit + 1);
    if (after)
        q.bindValue(u":after"_s, after);
    m_db.exec(q);
    while (q.next()) {
        if (page->items.size() == limit) {
            page->nextCursor = encodeCursor(page->items.last().id);
            break;
        }
        AccountSummary s = AccountStore::summaryFrom(q);
        s.matched = matched;
        page->items.append(s);
    }
    q.finish();
    return true;
}

void AccountSearch::searchWeChatId(qint64 orgId, const QString &value, AccountSearchPage *page)
{
    const QList<std::pair<QString, QString>> sources{{u"openids"_s, u"openid"_s},
                                                     {u"unionids"_s, u"unionid"_s}};
    for (const auto &[table, column] : sources) {
        QSqlQuery &q =
                m_db.prepare(u"SELECT "_s + AccountStore::summaryColumns() + u" FROM "_s + table
                             + u" x JOIN accounts a ON a.id = x.account_id"
                               " LEFT JOIN realname_records r ON r.account_id = a.id"
                               " WHERE x."_s
                             // Unary plus: no index on the organization, so the
                             // planner starts from the unique identifier.
                             + column + u" = :value AND +a.platform_org_id = :org"_s);
        q.bindValue(u":value"_s, value);
        q.bindValue(u":org"_s, orgId);
        m_db.exec(q);
        while (q.next()) {
            AccountSummary s = AccountStore::summaryFrom(q);
            s.matched = column;
            page->items.append(s);
        }
        q.finish();
    }
    page->total = page->items.size();
}

bool AccountSearch::searchByKey(qint64 orgId, const RecognisedQuery &query, bool exact, int limit,
                                const QString &cursorText, AccountSearchPage *page)
{
    const qint64 afterId = cursorText.isEmpty() ? 0 : decodeCursor(cursorText);
    if (!cursorText.isEmpty() && !afterId)
        return false;
    const KeyColumn key = keyColumn(query);
    // The key as the index holds it (lower-cased …), without the collation.
    const QString keySql = key.expression.section(u' ', 0, 0);
    QString afterKey;
    if (afterId && !exact) {
        QSqlQuery &k =
                m_db.prepare(u"SELECT "_s + keySql
                             + u" FROM accounts a WHERE a.id = :id AND a.platform_org_id = :org"_s);
        k.bindValue(u":id"_s, afterId);
        k.bindValue(u":org"_s, orgId);
        m_db.exec(k);
        const bool found = k.next();
        afterKey = found ? k.value(0).toString() : QString();
        k.finish();
        if (!found)
            return false;
    }
    QVariantMap binds{{u":org"_s, orgId}};
    QString fromWhere = u"FROM accounts a WHERE a.platform_org_id = :org AND "_s;
    if (exact) {
        fromWhere += key.expression + u" = :value"_s;
        binds.insert(u":value"_s, query.normalized);
    } else {
        fromWhere += key.expression + u" >= :low AND "_s + key.expression + u" < :high"_s;
        binds.insert(u":low"_s, query.normalized);
        binds.insert(u":high"_s, nextPrefix(query.normalized));
    }
    bool totalExact = true;
    page->total = countUpToCap(fromWhere, binds, &totalExact);
    page->totalExact = totalExact;

    QString sql = u"SELECT "_s + AccountStore::summaryColumns()
            + u" FROM accounts a LEFT JOIN realname_records r ON r.account_id = a.id "_s
            + fromWhere.sliced(fromWhere.indexOf(u"WHERE"_s));
    if (afterId) {
        // Rows after (key, id): the range starts at the cursor's key, and of the
        // rows with that very key only those with a larger id remain.
        sql += exact ? u" AND a.id > :after_id"_s
                     : QString(u" AND "_s + key.expression + u" >= :after_key AND ("_s
                               + key.expression + u" > :after_key2 OR a.id > :after_id)"_s);
    }
    sql += exact ? u" ORDER BY a.id"_s : QString(u" ORDER BY "_s + key.expression + u", a.id"_s);
    sql += u" LIMIT :limit"_s;
    QSqlQuery &q = m_db.prepare(sql);
    for (auto it = binds.begin(); it != binds.end(); ++it)
        q.bindValue(it.key(), it.value());
    q.bindValue(u":limit"_s, limit + 1);
    if (afterId) {
        if (!exact) {
            q.bindValue(u":after_key"_s, afterKey);
            q.bindValue(u":after_key2"_s, afterKey);
        }
        q.bindValue(u":after_id"_s, afterId);
    }
    m_db.exec(q);
    while (q.next()) {
        if (page->items.size() == limit) {
            page->nextCursor = encodeCursor(page->items.last().id);
            break;
        }
        AccountSummary s = AccountStore::summaryFrom(q);
        s.matched = key.matched;
        page->items.append(s);
    }
    q.finish();
    return true;
}

AccountSearchPage AccountSearch::scanBaseline(qint64 orgId, const RecognisedQuery &query, int limit)
{
    AccountSearchPage page;
    QString column;
    switch (query.kind) {
    case IdentifierKind::AccountId:
        column = u"CAST(a.id AS TEXT)"_s;
        break;
    case IdentifierKind::Mobile:
        column = u"a.mobile"_s;
        break;
    case IdentifierKind::IdNumber:
        column = u"r.id_number"_s;
        break;
    case IdentifierKind::Email:
        column = u"lower(a.email)"_s;
        break;
    case IdentifierKind::Username:
        column = u"lower(a.username)"_s;
        break;
    case IdentifierKind::Name:
        column = query.hanName ? u"a.display_name"_s : u"lower(a.name_latin)"_s;
        break;
    default:
        return page;
    }
    // What a naive server does: a substring LIKE over the whole table, sorted.
    QSqlQuery &q = m_db.prepare(summarySelect() + u" WHERE a.platform_org_id = :org AND "_s + column
                                + u" LIKE :pattern ESCAPE '\\' ORDER BY a.id LIMIT "_s
                                + QString::number(limit));
    q.bindValue(u":org"_s, orgId);
    q.bindValue(u":pattern"_s, QString(u'%' + likeEscaped(query.normalized) + u'%'));
    m_db.exec(q);
    while (q.next())
        page.items.append(AccountStore::summaryFrom(q));
    q.finish();
    page.total = page.items.size();
    return page;
}
