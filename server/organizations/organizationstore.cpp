#include "organizations/organizationstore.h"

#include "domain/personaldatamask.h"
#include "organizations/departmentpath.h"
#include "organizations/organizationbackfill.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// Cursors: base64url of a small JSON array; opaque to clients.
QString encodeCursor(const QJsonArray &a)
{
    return QString::fromLatin1(
            QJsonDocument(a)
                    .toJson(QJsonDocument::Compact)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QJsonArray> decodeCursor(const QString &cursor)
{
    if (cursor.size() > 512)
        return std::nullopt;
    const auto decoded =
            QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    return doc.array();
}

bool isPositiveInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(v.toInteger()) && v.toInteger() > 0;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

const QString kOrganizationColumns =
        u"SELECT o.id, o.name, o.org_type, o.member_limit, o.member_count, o.department_count,"
        " o.owner_account_id, COALESCE(a.display_name, ''), o.created_at, o.version,"
        " o.tree_version, o.updated_at, o.tree_ready,"
        " (SELECT m.id FROM organization_members m"
        "  WHERE m.organization_id = o.id AND m.account_id = o.owner_account_id)"
        " FROM organizations o LEFT JOIN accounts a ON a.id = o.owner_account_id"_s;

const QString kDepartmentColumns =
        u"SELECT id, parent_id, name, sort_key, depth, direct_members, total_members,"
        " child_departments, created_at, version, path FROM departments"_s;

// Department names are read in fixed-size groups so that one prepared
// statement serves any number of ids.
constexpr int kIdsPerStatement = 16;

} // namespace

OrganizationStore::OrganizationStore(Database &db) : m_db(db) { }

OrganizationSummary OrganizationStore::organizationFrom(const QSqlQuery &q)
{
    OrganizationSummary s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    Organizations::typeFromCode(q.value(2).toString(), &s.type);
    s.memberLimit = q.value(3).toInt();
    s.memberCount = q.value(4).toLongLong();
    s.departmentCount = q.value(5).toLongLong();
    s.ownerAccountId = q.value(6).toLongLong();
    s.ownerName = q.value(7).toString();
    s.createdAt = q.value(8).toLongLong();
    s.version = q.value(9).toInt();
    s.treeVersion = q.value(10).toLongLong();
    s.updatedAt = q.value(11).toLongLong();
    s.ownerMemberId = q.value(13).toLongLong();
    return s;
}

StoredDepartment OrganizationStore::departmentFrom(const QSqlQuery &q)
{
    StoredDepartment d;
    d.node.id = q.value(0).toLongLong();
    d.node.parentId = q.value(1).toLongLong();
    d.node.name = q.value(2).toString();
    d.node.sortKey = q.value(3).toInt();
    d.node.depth = q.value(4).toInt();
    d.node.directMembers = q.value(5).toLongLong();
    d.node.totalMembers = q.value(6).toLongLong();
    d.node.childDepartments = q.value(7).toLongLong();
    d.node.createdAt = q.value(8).toLongLong();
    d.node.version = q.value(9).toInt();
    d.path = q.value(10).toString();
    return d;
}

QString OrganizationStore::memberColumns()
{
    return u"SELECT m.id, m.account_id, m.department_id, m.role, m.title, m.joined_at, m.version,"
           " a.display_name, a.name_latin, a.username, a.email, a.mobile, a.status,"
           " COALESCE(d.path, '/')"
           " FROM organization_members m JOIN accounts a ON a.id = m.account_id"
           " LEFT JOIN departments d ON d.id = m.department_id"_s;
}

StoredMember OrganizationStore::memberFrom(const QSqlQuery &q)
{
    StoredMember s;
    MemberNode &m = s.node;
    m.id = q.value(0).toLongLong();
    m.accountId = q.value(1).toLongLong();
    m.departmentId = q.value(2).toLongLong();
    Organizations::roleFromCode(q.value(3).toString(), &m.role);
    m.title = q.value(4).toString();
    m.joinedAt = q.value(5).toLongLong();
    m.version = q.value(6).toInt();
    m.displayName = q.value(7).toString();
    m.nameLatin = q.value(8).toString();
    m.username = q.value(9).toString();
    const QString email = q.value(10).toString();
    if (!email.isEmpty())
        m.emailMasked = PersonalDataMask::email(email);
    const QString mobile = q.value(11).toString();
    if (!mobile.isEmpty())
        m.mobileMasked = PersonalDataMask::mobile(mobile);
    m.accountStatus = q.value(12).toString();
    s.departmentPath = q.value(13).toString();
    return s;
}

bool OrganizationStore::list(qint64 platformOrgId, const ListQuery &query,
                             QList<OrganizationSummary> *items, QString *nextCursor,
                             QList<FieldProblem> *problems)
{
    QString afterName;
    qint64 afterId = 0;
    if (!query.cursor.isEmpty()) {
        const auto a = decodeCursor(query.cursor);
        if (!a || a->size() != 2 || !a->at(0).isString() || !isPositiveInteger(a->at(1))) {
            problems->append({u"cursor"_s, QString::fromUtf16(ProblemCode::FieldWrongType)});
            return false;
        }
        afterName = a->at(0).toString();
        afterId = a->at(1).toInteger();
    }
    QString sql = kOrganizationColumns + u" WHERE o.platform_org_id = :p"_s;
    if (afterId)
        sql += u" AND (o.name, o.id) > (:an, :ai)"_s;
    if (query.type)
        sql += u" AND o.org_type = :t"_s;
    if (!query.text.isEmpty()) {
        sql += m_db.kind() == Database::Kind::PostgreSql ? u" AND o.name ILIKE :q ESCAPE '\\'"_s
                                                         : u" AND o.name LIKE :q ESCAPE '\\'"_s;
    }
    sql += u" ORDER BY o.name, o.id LIMIT :n"_s;
    const auto run = [&] {
        QSqlQuery &q = m_db.prepare(sql);
        q.bindValue(u":p"_s, platformOrgId);
        if (afterId) {
            q.bindValue(u":an"_s, afterName);
            q.bindValue(u":ai"_s, afterId);
        }
        if (query.type)
            q.bindValue(u":t"_s, Organizations::typeCode(*query.type));
        if (!query.text.isEmpty())
            q.bindValue(u":q"_s, likePattern(query.text));
        q.bindValue(u":n"_s, query.limit + 1);
        m_db.exec(q);
        QList<qint64> pending;
        items->clear();
        while (q.next()) {
            items->append(organizationFrom(q));
            if (q.value(12).toInt() == 0)
                pending.append(items->last().id);
        }
        q.finish();
        return pending;
    };
    const QList<qint64> pending = run();
    if (!pending.isEmpty()) {
        // Rows written without their counts (a test's INSERT): compute, then read again.
        for (qint64 id : pending)
            OrganizationBackfill::runFor(m_db, id);
        run();
    }
    nextCursor->clear();
    if (items->size() > query.limit) {
        items->resize(query.limit);
        *nextCursor = encodeCursor({items->last().name, items->last().id});
    }
    return true;
}

std::optional<OrganizationSummary> OrganizationStore::organization(qint64 platformOrgId, qint64 id,
                                                                   bool withRoot)
{
    OrganizationSummary s;
    bool ready = true;
    const auto read = [&] {
        QSqlQuery &q = m_db.prepare(kOrganizationColumns
                                    + u" WHERE o.id = :id AND o.platform_org_id = :p"_s);
        q.bindValue(u":id"_s, id);
        q.bindValue(u":p"_s, platformOrgId);
        m_db.exec(q);
        if (!q.next())
            return false;
        s = organizationFrom(q);
        ready = q.value(12).toInt() != 0;
        q.finish();
        return true;
    };
    if (!read())
        return std::nullopt;
    if (!ready) {
        OrganizationBackfill::runFor(m_db, id);
        read();
    }
    if (withRoot) {
        QSqlQuery &m = m_db.prepare(u"SELECT COUNT(*) FROM organization_members"
                                    " WHERE organization_id = :o AND department_id IS NULL"_s);
        m.bindValue(u":o"_s, id);
        m_db.exec(m);
        s.rootMembers = m.next() ? m.value(0).toLongLong() : 0;
        m.finish();
        QSqlQuery &d = m_db.prepare(u"SELECT COUNT(*) FROM departments"
                                    " WHERE organization_id = :o AND parent_id IS NULL"_s);
        d.bindValue(u":o"_s, id);
        m_db.exec(d);
        s.rootDepartments = d.next() ? d.value(0).toLongLong() : 0;
        d.finish();
    }
    return s;
}

std::optional<StoredDepartment> OrganizationStore::department(qint64 organizationId,
                                                              qint64 departmentId)
{
    QSqlQuery &q = m_db.prepare(kDepartmentColumns + u" WHERE id = :id AND organization_id = :o"_s);
    q.bindValue(u":id"_s, departmentId);
    q.bindValue(u":o"_s, organizationId);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    StoredDepartment d = departmentFrom(q);
    q.finish();
    return d;
}

std::optional<StoredMember> OrganizationStore::member(qint64 organizationId, qint64 memberId)
{
    QSqlQuery &q =
            m_db.prepare(memberColumns() + u" WHERE m.id = :id AND m.organization_id = :o"_s);
    q.bindValue(u":id"_s, memberId);
    q.bindValue(u":o"_s, organizationId);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    StoredMember m = memberFrom(q);
    q.finish();
    return m;
}

std::optional<StoredMember> OrganizationStore::memberForAccount(qint64 organizationId,
                                                                qint64 accountId)
{
    QSqlQuery &q = m_db.prepare(memberColumns()
                                + u" WHERE m.organization_id = :o AND m.account_id = :a"_s);
    q.bindValue(u":o"_s, organizationId);
    q.bindValue(u":a"_s, accountId);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    StoredMember m = memberFrom(q);
    q.finish();
    return m;
}

std::optional<StoredMember> OrganizationStore::owner(qint64 organizationId)
{
    QSqlQuery &q = m_db.prepare(memberColumns()
                                + u" WHERE m.organization_id = :o AND m.role = 'owner'"
                                  " ORDER BY m.id LIMIT 1"_s);
    q.bindValue(u":o"_s, organizationId);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    StoredMember m = memberFrom(q);
    q.finish();
    return m;
}

std::optional<QString> OrganizationStore::accountName(qint64 platformOrgId, qint64 accountId)
{
    QSqlQuery &q = m_db.prepare(
            u"SELECT display_name FROM accounts WHERE id = :id AND platform_org_id = :p"_s);
    q.bindValue(u":id"_s, accountId);
    q.bindValue(u":p"_s, platformOrgId);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    const QString name = q.value(0).toString();
    q.finish();
    return name;
}

bool OrganizationStore::siblingNamed(qint64 organizationId, qint64 parentId, const QString &name,
                                     qint64 exceptId)
{
    QSqlQuery &q = m_db.prepare(
            parentId
                    ? u"SELECT id FROM departments WHERE organization_id = :o AND parent_id = :p"
                      " AND name = :n AND id <> :x LIMIT 1"_s
                    : u"SELECT id FROM departments WHERE organization_id = :o AND parent_id IS NULL"
                      " AND name = :n AND id <> :x LIMIT 1"_s);
    q.bindValue(u":o"_s, organizationId);
    if (parentId)
        q.bindValue(u":p"_s, parentId);
    q.bindValue(u":n"_s, name);
    q.bindValue(u":x"_s, exceptId);
    m_db.exec(q);
    const bool taken = q.next();
    q.finish();
    return taken;
}

int OrganizationStore::nextSortKey(qint64 organizationId, qint64 parentId)
{
    QSqlQuery &q = m_db.prepare(parentId ? u"SELECT COALESCE(MAX(sort_key), 0) FROM departments"
                                           " WHERE organization_id = :o AND parent_id = :p"_s
                                         : u"SELECT COALESCE(MAX(sort_key), 0) FROM departments"
                                           " WHERE organization_id = :o AND parent_id IS NULL"_s);
    q.bindValue(u":o"_s, organizationId);
    if (parentId)
        q.bindValue(u":p"_s, parentId);
    m_db.exec(q);
    const int highest = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return highest >= 1'000'000'000 ? highest : highest + 10;
}

bool OrganizationStore::children(qint64 organizationId, qint64 parentId, const QString &cursor,
                                 int limit, ChildrenPage *page, QList<FieldProblem> *problems)
{
    // Cursor: ["d", sort key, id] within the departments, ["m", id] within the members.
    bool inMembers = false;
    qint64 afterSortKey = 0;
    qint64 afterId = 0;
    if (!cursor.isEmpty()) {
        const auto a = decodeCursor(cursor);
        bool ok = a && !a->isEmpty();
        if (ok && a->at(0) == u"d"_s && a->size() == 3 && a->at(1).isDouble()
            && isPositiveInteger(a->at(2))) {
            afterSortKey = a->at(1).toInteger();
            afterId = a->at(2).toInteger();
        } else if (ok && a->at(0) == u"m"_s && a->size() == 2 && isPositiveInteger(a->at(1))) {
            inMembers = true;
            afterId = a->at(1).toInteger();
        } else {
            ok = false;
        }
        if (!ok) {
            problems->append({u"cursor"_s, QString::fromUtf16(ProblemCode::FieldWrongType)});
            return false;
        }
    }
    const QString parentCondition = parentId ? u"parent_id = :parent"_s : u"parent_id IS NULL"_s;
    int room = limit;
    if (!inMembers) {
        QString sql = kDepartmentColumns + u" WHERE organization_id = :o AND "_s + parentCondition;
        if (afterId)
            sql += u" AND (sort_key, id) > (:sk, :id)"_s;
        sql += u" ORDER BY sort_key, id LIMIT :n"_s;
        QSqlQuery &q = m_db.prepare(sql);
        q.bindValue(u":o"_s, organizationId);
        if (parentId)
            q.bindValue(u":parent"_s, parentId);
        if (afterId) {
            q.bindValue(u":sk"_s, afterSortKey);
            q.bindValue(u":id"_s, afterId);
        }
        q.bindValue(u":n"_s, room + 1);
        m_db.exec(q);
        while (q.next())
            page->departments.append(departmentFrom(q).node);
        q.finish();
        if (page->departments.size() > room) {
            page->departments.resize(room);
            const DepartmentNode &last = page->departments.last();
            page->nextCursor = encodeCursor({u"d"_s, last.sortKey, last.id});
            return true;
        }
        room -= int(page->departments.size());
        afterId = 0;
        if (room == 0) {
            // Full with departments: the members start on the next page.
            const DepartmentNode &last = page->departments.last();
            page->nextCursor = encodeCursor({u"d"_s, last.sortKey, last.id});
            return true;
        }
    }
    // The members of one department need no join for their path, which is the parent's.
    QString sql = u"SELECT m.id, m.account_id, m.department_id, m.role, m.title, m.joined_at,"
                  " m.version, a.display_name, a.name_latin, a.username, a.email, a.mobile,"
                  " a.status, '' FROM organization_members m JOIN accounts a ON a.id = m.account_id"
                  " WHERE m.organization_id = :o AND "_s
            + (parentId ? u"m.department_id = :parent"_s : u"m.department_id IS NULL"_s);
    if (afterId)
        sql += u" AND m.id > :id"_s;
    sql += u" ORDER BY m.id LIMIT :n"_s;
    QSqlQuery &q = m_db.prepare(sql);
    q.bindValue(u":o"_s, organizationId);
    if (parentId)
        q.bindValue(u":parent"_s, parentId);
    if (afterId)
        q.bindValue(u":id"_s, afterId);
    q.bindValue(u":n"_s, room + 1);
    m_db.exec(q);
    while (q.next())
        page->members.append(memberFrom(q).node);
    q.finish();
    if (page->members.size() > room) {
        page->members.resize(room);
        page->nextCursor = encodeCursor({u"m"_s, page->members.last().id});
    }
    return true;
}

QHash<qint64, QString> OrganizationStore::departmentNames(qint64 organizationId,
                                                          const QList<qint64> &ids)
{
    QHash<qint64, QString> names;
    // "+ 0" keeps the organization off the indexes: the ids are primary keys,
    // and SQLite would otherwise scan the organization's departments for them.
    QString sql = u"SELECT id, name FROM departments WHERE organization_id + 0 = :o AND id IN ("_s;
    for (int i = 0; i < kIdsPerStatement; ++i)
        sql += (i ? u", :i"_s : u":i"_s) + QString::number(i);
    sql += u')';
    for (qsizetype start = 0; start < ids.size(); start += kIdsPerStatement) {
        QSqlQuery &q = m_db.prepare(sql);
        q.bindValue(u":o"_s, organizationId);
        for (int i = 0; i < kIdsPerStatement; ++i) {
            const qsizetype k = start + i;
            q.bindValue(u":i"_s + QString::number(i), k < ids.size() ? ids[k] : qint64(0));
        }
        m_db.exec(q);
        while (q.next())
            names.insert(q.value(0).toLongLong(), q.value(1).toString());
        q.finish();
    }
    return names;
}

QList<DepartmentRef> OrganizationStore::pathOf(qint64 organizationId, const QString &path)
{
    const QList<qint64> ids = DepartmentPath::ids(path);
    const QHash<qint64, QString> names = departmentNames(organizationId, ids);
    QList<DepartmentRef> steps;
    for (qint64 id : ids)
        steps.append({id, names.value(id)});
    return steps;
}

void OrganizationStore::attachPaths(qint64 organizationId, QList<StoredMember> &members)
{
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const StoredMember &m : std::as_const(members)) {
        const QList<qint64> steps = DepartmentPath::ids(m.departmentPath);
        for (qint64 id : steps) {
            if (!seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
        }
    }
    const QHash<qint64, QString> names = departmentNames(organizationId, ids);
    for (StoredMember &m : members) {
        m.node.path.clear();
        const QList<qint64> steps = DepartmentPath::ids(m.departmentPath);
        for (qint64 id : steps)
            m.node.path.append({id, names.value(id)});
        m.node.hasPath = true;
    }
}

QList<OrganizationMembership> OrganizationStore::memberships(qint64 platformOrgId, qint64 accountId)
{
    QSqlQuery &q = m_db.prepare(
            u"SELECT o.id, o.name, o.org_type, m.id, m.role FROM organization_members m"
            " JOIN organizations o ON o.id = m.organization_id"
            " WHERE m.account_id = :a AND o.platform_org_id = :p ORDER BY o.name, o.id LIMIT 200"_s);
    q.bindValue(u":a"_s, accountId);
    q.bindValue(u":p"_s, platformOrgId);
    m_db.exec(q);
    QList<OrganizationMembership> list;
    while (q.next()) {
        OrganizationMembership m;
        m.organizationId = q.value(0).toLongLong();
        m.organizationName = q.value(1).toString();
        Organizations::typeFromCode(q.value(2).toString(), &m.type);
        m.memberId = q.value(3).toLongLong();
        Organizations::roleFromCode(q.value(4).toString(), &m.role);
        list.append(m);
    }
    q.finish();
    return list;
}

QList<OrganizationChange> OrganizationStore::changes(qint64 organizationId, qint64 sinceTreeVersion,
                                                     int limit)
{
    QSqlQuery &q = m_db.prepare(
            u"SELECT tree_version, at, node_type, node_id, action, parent_ids"
            " FROM organization_changes WHERE organization_id = :o AND tree_version > :since"
            " ORDER BY tree_version LIMIT :n"_s);
    q.bindValue(u":o"_s, organizationId);
    q.bindValue(u":since"_s, sinceTreeVersion);
    q.bindValue(u":n"_s, limit);
    m_db.exec(q);
    QList<OrganizationChange> list;
    while (q.next()) {
        OrganizationChange c;
        c.treeVersion = q.value(0).toLongLong();
        c.at = q.value(1).toLongLong();
        c.nodeType = q.value(2).toString();
        c.nodeId = q.value(3).toLongLong();
        c.action = q.value(4).toString();
        const QStringList parents = q.value(5).toString().split(u',', Qt::SkipEmptyParts);
        for (const QString &p : parents)
            c.parentIds.append(p.toLongLong());
        list.append(c);
    }
    q.finish();
    return list;
}
