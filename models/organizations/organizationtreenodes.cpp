#include "models/organizations/organizationtreenodes.h"

void OrganizationTreeNodes::clear()
{
    m_nodes.clear();
    m_childLists.clear();
    m_free.clear();
    m_freeLists.clear();
    m_text.clear();
    m_titles.clear();
    m_departments.clear();
    m_members.clear();
    Node root;
    root.type = Type::Root;
    root.children = 0;
    m_nodes.push_back(root);
    m_childLists.emplace_back();
}

QString OrganizationTreeNodes::name(quint32 n) const
{
    const Node &node = m_nodes[n];
    return QString(m_text.constData() + node.nameOffset, node.nameLength);
}

quint32 OrganizationTreeNodes::allocate(Type type)
{
    quint32 n;
    if (!m_free.empty()) {
        n = m_free.back();
        m_free.pop_back();
        m_nodes[n] = Node();
    } else {
        n = quint32(m_nodes.size());
        m_nodes.emplace_back();
    }
    m_nodes[n].type = type;
    if (type == Type::Department) {
        quint32 list;
        if (!m_freeLists.empty()) {
            list = m_freeLists.back();
            m_freeLists.pop_back();
        } else {
            list = quint32(m_childLists.size());
            m_childLists.emplace_back();
        }
        m_nodes[n].children = list;
    }
    return n;
}

void OrganizationTreeNodes::setName(quint32 n, const QString &name)
{
    Node &node = m_nodes[n];
    if (node.nameLength && this->name(n) == name)
        return;
    // Renames leave the old text behind; they are rare beside the pages read.
    node.nameOffset = quint32(m_text.size());
    node.nameLength = quint16(qMin<qsizetype>(name.size(), 0xffff));
    m_text.append(QStringView(name).left(node.nameLength));
}

quint32 OrganizationTreeNodes::addDepartment(const DepartmentNode &d)
{
    const quint32 n = allocate(Type::Department);
    updateDepartment(n, d);
    m_departments.insert(d.id, n);
    return n;
}

quint32 OrganizationTreeNodes::addMember(const MemberNode &m)
{
    const quint32 n = allocate(Type::Member);
    updateMember(n, m);
    m_members.insert(m.id, n);
    return n;
}

quint32 OrganizationTreeNodes::addLoading()
{
    return allocate(Type::Loading);
}

bool OrganizationTreeNodes::updateDepartment(quint32 n, const DepartmentNode &d)
{
    Node &node = m_nodes[n];
    const bool changed = node.id != d.id || name(n) != d.name
            || node.directMembers != d.directMembers || node.totalMembers != d.totalMembers
            || node.childDepartments != d.childDepartments || node.version != d.version
            || node.sortKey != d.sortKey;
    node.id = d.id;
    setName(n, d.name);
    m_nodes[n].version = d.version;
    m_nodes[n].sortKey = d.sortKey;
    m_nodes[n].directMembers = qint32(d.directMembers);
    m_nodes[n].totalMembers = qint32(d.totalMembers);
    m_nodes[n].childDepartments = qint32(d.childDepartments);
    return changed;
}

bool OrganizationTreeNodes::updateMember(quint32 n, const MemberNode &m)
{
    const quint32 title = m_titles.intern(m.title);
    Node &node = m_nodes[n];
    const bool changed = node.id != m.id || node.title != title || node.role != m.role
            || node.version != m.version || name(n) != m.displayName;
    node.id = m.id;
    node.accountId = m.accountId;
    node.title = title;
    node.role = m.role;
    node.version = m.version;
    setName(n, m.displayName);
    return changed;
}

void OrganizationTreeNodes::release(quint32 n)
{
    Node &node = m_nodes[n];
    if (node.children != kNone) {
        for (quint32 child : m_childLists[node.children])
            release(child);
        m_childLists[node.children].clear();
        m_freeLists.push_back(node.children);
    }
    if (node.type == Type::Department && m_departments.value(node.id) == n)
        m_departments.remove(node.id);
    if (node.type == Type::Member && m_members.value(node.id) == n)
        m_members.remove(node.id);
    m_nodes[n] = Node();
    m_free.push_back(n);
}

void OrganizationTreeNodes::insertChild(quint32 parent, int row, quint32 n)
{
    std::vector<quint32> &list = childList(parent);
    list.insert(list.begin() + row, n);
    m_nodes[n].parent = parent;
    for (size_t r = size_t(row); r < list.size(); ++r)
        m_nodes[list[r]].row = quint32(r);
}

quint32 OrganizationTreeNodes::takeChild(quint32 parent, int row)
{
    std::vector<quint32> &list = childList(parent);
    const quint32 n = list[size_t(row)];
    list.erase(list.begin() + row);
    for (size_t r = size_t(row); r < list.size(); ++r)
        m_nodes[list[r]].row = quint32(r);
    m_nodes[n].parent = kNone;
    return n;
}

bool OrganizationTreeNodes::isAncestor(quint32 ancestor, quint32 n) const
{
    for (quint32 p = n; p != kNone; p = m_nodes[p].parent) {
        if (p == ancestor)
            return true;
    }
    return false;
}

size_t OrganizationTreeNodes::bytesUsed() const
{
    size_t bytes = m_nodes.capacity() * sizeof(Node)
            + m_childLists.capacity() * sizeof(std::vector<quint32>)
            + size_t(m_text.capacity()) * sizeof(QChar);
    for (const auto &list : m_childLists)
        bytes += list.capacity() * sizeof(quint32);
    // The id lookups: a QHash node is the key, the value and a span entry.
    bytes += size_t(m_departments.capacity() + m_members.capacity()) * (sizeof(qint64) + 8);
    return bytes;
}
