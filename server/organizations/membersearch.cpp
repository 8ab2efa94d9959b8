#include "organizations/membersearch.h"

#include "store/database.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Everything that starts with the text sorts in [text, text + U+10FFFF) in byte
// (code point) order, the order of SQLite's BINARY and of a C collation.
QString upperBound(const QString &text)
{
    return text + QString(QChar::highSurrogate(0x10FFFF)) + QString(QChar::lowSurrogate(0x10FFFF));
}

bool lessByName(const StoredMember &a, const StoredMember &b)
{
    if (a.node.displayName != b.node.displayName)
        return a.node.displayName < b.node.displayName;
    return a.node.id < b.node.id;
}

} // namespace

MemberSearch::MemberSearch(Database &db, OrganizationStore &store, qint64 scanMembersUpTo)
    : m_db(db), m_store(store), m_scanMembersUpTo(scanMembersUpTo)
{ }

QList<StoredMember> MemberSearch::run(Plan plan, const QString &where, const QString &order,
                                      qint64 platformOrgId, qint64 organizationId,
                                      const QVariantMap &binds, int limit)
{
    const bool sqlite = m_db.kind() == Database::Kind::Sqlite;
    // SQLite: a unary + keeps a term off the indexes, so that the planner
    // walks the organization's members instead of every namesake's account on
    // the platform.
    const QString platform = plan == Plan::ScanMembers && sqlite ? u"+a.platform_org_id = :p"_s
                                                                 : u"a.platform_org_id = :p"_s;
    // PostgreSQL: a prepared statement's generic plan takes an organization to
    // have the average few dozen members and walks them — all 100,000 of a large
    // one (1.7 s). Written into the statement, the id lets the planner see the
    // organization's size. It is a number from the store; only organizations
    // above the scan limit get a statement of their own.
    const QString organization =
            plan == Plan::WalkAccounts && !sqlite ? QString::number(organizationId) : u":o"_s;
    QSqlQuery &q =
            m_db.prepare(OrganizationStore::memberColumns() + u" WHERE m.organization_id = "_s
                         + organization + u" AND "_s + platform + u" AND "_s + where
                         + u" ORDER BY "_s + order + u" LIMIT :n"_s);
    if (organization.startsWith(u':'))
        q.bindValue(u":o"_s, organizationId);
    q.bindValue(u":p"_s, platformOrgId);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
    q.bindValue(u":n"_s, limit);
    m_db.exec(q);
    QList<StoredMember> rows;
    while (q.next())
        rows.append(OrganizationStore::memberFrom(q));
    q.finish();
    return rows;
}

MemberSearch::Result MemberSearch::search(qint64 platformOrgId,
                                          const OrganizationSummary &organization,
                                          const QString &text, int limit)
{
    Result result;
    const QString lower = text.toLower();
    QList<StoredMember> rows;
    if (text.contains(u'@')) {
        // A whole address names one account: by member id, since an order by
        // name would steer SQLite onto the name index (every account on the platform).
        rows = run(Plan::WalkAccounts, u"lower(a.email) = :e"_s, u"m.id"_s, platformOrgId,
                   organization.id, {{u":e"_s, lower}}, limit + 1);
    } else if (organization.memberCount <= m_scanMembersUpTo) {
        const QString keep = m_db.kind() == Database::Kind::Sqlite ? u"+"_s : QString();
        rows = run(Plan::ScanMembers,
                   u"(("_s + keep + u"a.display_name >= :lo AND "_s + keep
                           + u"a.display_name < :hi) OR ("_s + keep
                           + u"lower(a.name_latin) >= :llo AND "_s + keep
                           + u"lower(a.name_latin) < :lhi) OR ("_s + keep
                           + u"lower(a.username) >= :llo AND "_s + keep
                           + u"lower(a.username) < :lhi))"_s,
                   u"a.display_name, m.id"_s, platformOrgId, organization.id,
                   {{u":lo"_s, text},
                    {u":hi"_s, upperBound(text)},
                    {u":llo"_s, lower},
                    {u":lhi"_s, upperBound(lower)}},
                   limit + 1);
    } else {
        // Each index in its own order, stopping at limit + 1 members; merged by name.
        const QVariantMap byName{{u":lo"_s, text}, {u":hi"_s, upperBound(text)}};
        const QVariantMap byLower{{u":lo"_s, lower}, {u":hi"_s, upperBound(lower)}};
        rows = run(Plan::WalkAccounts, u"a.display_name >= :lo AND a.display_name < :hi"_s,
                   u"a.display_name, a.id"_s, platformOrgId, organization.id, byName, limit + 1);
        const QList<QPair<QString, QString>> others{
                {u"lower(a.name_latin) >= :lo AND lower(a.name_latin) < :hi"_s,
                 u"lower(a.name_latin), a.id"_s},
                {u"lower(a.username) >= :lo AND lower(a.username) < :hi"_s,
                 u"lower(a.username), a.id"_s}};
        bool truncated = rows.size() > limit;
        for (const auto &[where, order] : others) {
            const QList<StoredMember> more = run(Plan::WalkAccounts, where, order, platformOrgId,
                                                 organization.id, byLower, limit + 1);
            truncated = truncated || more.size() > limit;
            rows += more;
        }
        QSet<qint64> seen;
        QList<StoredMember> unique;
        for (const StoredMember &m : std::as_const(rows)) {
            if (!seen.contains(m.node.id)) {
                seen.insert(m.node.id);
                unique.append(m);
            }
        }
        std::sort(unique.begin(), unique.end(), lessByName);
        rows = unique;
        result.more = truncated;
    }
    if (rows.size() > limit) {
        rows.resize(limit);
        result.more = true;
    }
    m_store.attachPaths(organization.id, rows);
    result.hits = rows;
    return result;
}
