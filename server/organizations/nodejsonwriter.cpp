#include "organizations/nodejsonwriter.h"

#include "domain/jsontime.h"

using namespace Qt::StringLiterals;

void NodeJsonWriter::separate()
{
    if (m_out.isEmpty())
        return;
    const char last = m_out.back();
    if (last != '{' && last != '[' && last != ':')
        m_out.append(',');
}

void NodeJsonWriter::beginObject()
{
    separate();
    m_out.append('{');
}

void NodeJsonWriter::beginArray()
{
    separate();
    m_out.append('[');
}

NodeJsonWriter &NodeJsonWriter::key(QLatin1StringView name)
{
    separate();
    m_out.append('"');
    m_out.append(name.data(), name.size());
    m_out.append("\":", 2);
    return *this;
}

void NodeJsonWriter::string(QStringView text)
{
    separate();
    m_out.append('"');
    static constexpr char hex[] = "0123456789abcdef";
    qsizetype plainFrom = 0;
    const QByteArray utf8 = text.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(utf8.constData() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case '"':
            m_out.append("\\\"", 2);
            break;
        case '\\':
            m_out.append("\\\\", 2);
            break;
        case '\n':
            m_out.append("\\n", 2);
            break;
        case '\t':
            m_out.append("\\t", 2);
            break;
        case '\r':
            m_out.append("\\r", 2);
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            m_out.append(escaped, 6);
        }
        }
    }
    m_out.append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
    m_out.append('"');
}

void NodeJsonWriter::stringOrNull(QStringView text)
{
    if (text.isEmpty())
        null();
    else
        string(text);
}

void NodeJsonWriter::integer(qint64 value)
{
    separate();
    m_out.append(QByteArray::number(value));
}

void NodeJsonWriter::idOrNull(qint64 id)
{
    if (id)
        integer(id);
    else
        null();
}

void NodeJsonWriter::boolean(bool value)
{
    separate();
    m_out.append(value ? "true" : "false");
}

void NodeJsonWriter::null()
{
    separate();
    m_out.append("null", 4);
}

void NodeJsonWriter::timeOrNull(qint64 ms)
{
    if (ms == 0)
        null();
    else
        string(JsonTime::formatMs(ms));
}

void NodeJsonWriter::department(const DepartmentNode &d)
{
    beginObject();
    key("id"_L1).integer(d.id);
    key("parent_id"_L1).idOrNull(d.parentId);
    key("name"_L1).string(d.name);
    key("sort_key"_L1).integer(d.sortKey);
    key("depth"_L1).integer(d.depth);
    key("direct_members"_L1).integer(d.directMembers);
    key("total_members"_L1).integer(d.totalMembers);
    key("child_departments"_L1).integer(d.childDepartments);
    key("created_at"_L1).timeOrNull(d.createdAt);
    key("version"_L1).integer(d.version);
    endObject();
}

void NodeJsonWriter::member(const MemberNode &m)
{
    beginObject();
    key("id"_L1).integer(m.id);
    key("account_id"_L1).integer(m.accountId);
    key("department_id"_L1).idOrNull(m.departmentId);
    key("role"_L1).string(Organizations::roleCode(m.role));
    key("title"_L1).stringOrNull(m.title);
    key("display_name"_L1).string(m.displayName);
    key("name_latin"_L1).stringOrNull(m.nameLatin);
    key("username"_L1).stringOrNull(m.username);
    key("email"_L1).stringOrNull(m.emailMasked);
    key("mobile"_L1).stringOrNull(m.mobileMasked);
    key("account_status"_L1).string(m.accountStatus);
    key("joined_at"_L1).timeOrNull(m.joinedAt);
    key("version"_L1).integer(m.version);
    if (m.hasPath) {
        key("path"_L1).beginArray();
        for (const DepartmentRef &step : m.path) {
            beginObject();
            key("id"_L1).integer(step.id);
            key("name"_L1).string(step.name);
            endObject();
        }
        endArray();
    }
    if (m.hasMemberships) {
        key("organizations"_L1).beginArray();
        for (const OrganizationMembership &o : m.memberships) {
            beginObject();
            key("organization_id"_L1).integer(o.organizationId);
            key("name"_L1).string(o.organizationName);
            key("type"_L1).string(Organizations::typeCode(o.type));
            key("member_id"_L1).integer(o.memberId);
            key("role"_L1).string(Organizations::roleCode(o.role));
            endObject();
        }
        endArray();
    }
    endObject();
}

void NodeJsonWriter::organization(const OrganizationSummary &o)
{
    beginObject();
    key("id"_L1).integer(o.id);
    key("name"_L1).string(o.name);
    key("type"_L1).string(Organizations::typeCode(o.type));
    if (o.memberLimit > 0)
        key("member_limit"_L1).integer(o.memberLimit);
    else
        key("member_limit"_L1).null();
    key("member_count"_L1).integer(o.memberCount);
    key("department_count"_L1).integer(o.departmentCount);
    key("owner"_L1).beginObject();
    key("account_id"_L1).integer(o.ownerAccountId);
    key("display_name"_L1).string(o.ownerName);
    if (o.ownerMemberId)
        key("member_id"_L1).integer(o.ownerMemberId);
    else
        key("member_id"_L1).null();
    endObject();
    key("created_at"_L1).timeOrNull(o.createdAt);
    key("updated_at"_L1).timeOrNull(o.updatedAt);
    key("version"_L1).integer(o.version);
    key("tree_version"_L1).integer(o.treeVersion);
    if (o.rootMembers >= 0) {
        key("root"_L1).beginObject();
        key("direct_members"_L1).integer(o.rootMembers);
        key("child_departments"_L1).integer(o.rootDepartments);
        endObject();
    }
    endObject();
}
