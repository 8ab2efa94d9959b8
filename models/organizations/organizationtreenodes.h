#pragma once

#include "domain/organizationrecords.h"
#include "models/common/stringpool.h"

#include <QHash>
#include <QString>

#include <vector>

// The tree model's storage: one small fixed-size record per node in one
// vector (index 0 is the organization's top level), child lists only for
// departments, names in one shared text buffer and titles interned. About
// 70 bytes a member instead of a QStandardItem per cell.
class OrganizationTreeNodes
{
public:
    enum class Type : quint8 { Root, Department, Member, Loading, Free };
    // Departments (and the root): how far their children are fetched.
    enum class Fetch : quint8 { NotFetched, Fetching, HasMore, Complete, Failed };
    static constexpr quint32 kNone = 0xffffffffu;
    static constexpr quint32 kRoot = 0;

    struct Node
    {
        qint64 id = 0;
        qint64 accountId = 0;
        quint32 parent = kNone;
        quint32 row = 0;
        quint32 nameOffset = 0;
        quint32 title = 0;        // StringPool index
        quint32 children = kNone; // index into the child lists (departments and root)
        qint32 version = 0;
        qint32 sortKey = 0;
        qint32 directMembers = 0;
        qint32 totalMembers = 0;
        qint32 childDepartments = 0;
        quint16 nameLength = 0;
        Type type = Type::Free;
        Fetch fetch = Fetch::NotFetched; // departments
        MemberRole role = MemberRole::Member;
    };

    OrganizationTreeNodes() { clear(); }
    void clear();

    Node &at(quint32 n) { return m_nodes[n]; }
    const Node &at(quint32 n) const { return m_nodes[n]; }
    const std::vector<quint32> &children(quint32 n) const
    {
        static const std::vector<quint32> none;
        return m_nodes[n].children == kNone ? none : m_childLists[m_nodes[n].children];
    }
    QString name(quint32 n) const;
    QString title(quint32 n) const { return m_titles.at(m_nodes[n].title); }

    quint32 department(qint64 id) const { return m_departments.value(id, kNone); }
    quint32 member(qint64 id) const { return m_members.value(id, kNone); }

    quint32 addDepartment(const DepartmentNode &d);
    quint32 addMember(const MemberNode &m);
    quint32 addLoading();
    // Returns true when something shown changed.
    bool updateDepartment(quint32 n, const DepartmentNode &d);
    bool updateMember(quint32 n, const MemberNode &m);
    // Frees the node and everything below it (not its place in its parent's list).
    void release(quint32 n);

    // Inserts into / removes from a parent's list, renumbering rows after.
    void insertChild(quint32 parent, int row, quint32 n);
    quint32 takeChild(quint32 parent, int row);
    bool isAncestor(quint32 ancestor, quint32 n) const;

    size_t nodeCount() const { return m_nodes.size() - m_free.size(); }
    size_t bytesUsed() const;

private:
    std::vector<quint32> &childList(quint32 n) { return m_childLists[m_nodes[n].children]; }
    quint32 allocate(Type type);
    void setName(quint32 n, const QString &name);

    std::vector<Node> m_nodes;
    std::vector<std::vector<quint32>> m_childLists;
    std::vector<quint32> m_free;
    std::vector<quint32> m_freeLists;
    QString m_text; // every name, back to back
    StringPool m_titles;
    QHash<qint64, quint32> m_departments;
    QHash<qint64, quint32> m_members;
};
