#pragma once

// An organization tree in memory, answering children pages as the server does
// (departments by sort key then id, then members by id; a cursor while more
// remain; the parent's counts). Shared by the tree model's test and bench.
#include "models/organizations/organizationpages.h"

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <algorithm>

class MemoryOrganizationSource final : public OrganizationTreeSource
{
public:
    struct Department
    {
        qint64 id = 0;
        qint64 parent = 0;
        QString name;
        int sortKey = 0;
        int version = 1;
    };
    struct Member
    {
        qint64 id = 0;
        qint64 department = 0;
        QString name;
        QString title;
        MemberRole role = MemberRole::Member;
        int version = 1;
    };

    QList<Department> departments;
    QList<Member> members;
    int requests = 0;
    int failRequest = -1; // this request number fails
    bool answerFromCache = false;
    bool hold = false; // keep answers in pending until answerPending()
    QList<std::function<void()>> pending;
    QStringList asked; // parent/cursor/limit of every request

    void changed() { m_dirty = true; }

    ChildrenPage page(qint64 parentId, const QString &cursor, int limit)
    {
        index();
        ChildrenPage page;
        page.ok = true;
        page.parentId = parentId;
        page.treeVersion = 1;
        page.fetchedAt = QDateTime::currentDateTimeUtc();
        page.fromCache = answerFromCache;
        const QList<int> &subDepartments = m_childDepartments[parentId];
        const QList<int> &ownMembers = m_membersOf[parentId];
        page.parentDirectMembers = ownMembers.size();
        page.parentTotalMembers = m_totals.value(parentId);
        page.parentChildDepartments = subDepartments.size();
        const int offset = cursor.toInt();
        const int total = int(subDepartments.size() + ownMembers.size());
        for (int i = offset; i < std::min(total, offset + limit); ++i) {
            if (i < subDepartments.size()) {
                const Department &d = departments.at(subDepartments.at(i));
                DepartmentNode node;
                node.id = d.id;
                node.parentId = d.parent;
                node.name = d.name;
                node.sortKey = d.sortKey;
                node.version = d.version;
                node.directMembers = m_membersOf[d.id].size();
                node.totalMembers = m_totals.value(d.id);
                node.childDepartments = m_childDepartments[d.id].size();
                page.departments.append(node);
            } else {
                const Member &m = members.at(ownMembers.at(i - subDepartments.size()));
                MemberNode node;
                node.id = m.id;
                node.accountId = 1000 + m.id;
                node.departmentId = m.department;
                node.displayName = m.name;
                node.title = m.title;
                node.role = m.role;
                node.version = m.version;
                page.members.append(node);
            }
        }
        if (offset + limit < total)
            page.nextCursor = QString::number(offset + limit);
        return page;
    }

    void fetchChildren(qint64, qint64 parentId, const QString &cursor, int limit, QObject *context,
                       std::function<void(const ChildrenPage &)> done) override
    {
        ++requests;
        asked.append(QString::number(parentId) + u'/' + cursor + u'/' + QString::number(limit));
        ChildrenPage answer;
        if (requests == failRequest) {
            answer.parentId = parentId;
            answer.errorText = QStringLiteral("The server cannot be reached.");
        } else {
            answer = page(parentId, cursor, limit);
        }
        QPointer<QObject> alive(context);
        auto deliver = [alive, done, answer] {
            if (alive)
                done(answer);
        };
        if (hold)
            pending.append(deliver);
        else
            QTimer::singleShot(0, context, deliver);
    }

    void answerPending()
    {
        const auto answers = std::exchange(pending, {});
        for (const auto &answer : answers)
            answer();
    }

    Member *member(qint64 id)
    {
        for (Member &m : members) {
            if (m.id == id)
                return &m;
        }
        return nullptr;
    }
    Department *department(qint64 id)
    {
        for (Department &d : departments) {
            if (d.id == id)
                return &d;
        }
        return nullptr;
    }

private:
    void index()
    {
        if (!m_dirty)
            return;
        m_dirty = false;
        m_childDepartments.clear();
        m_membersOf.clear();
        m_totals.clear();
        for (int i = 0; i < departments.size(); ++i)
            m_childDepartments[departments.at(i).parent].append(i);
        for (auto &list : m_childDepartments) {
            std::sort(list.begin(), list.end(), [this](int a, int b) {
                const Department &x = departments.at(a);
                const Department &y = departments.at(b);
                return x.sortKey != y.sortKey ? x.sortKey < y.sortKey : x.id < y.id;
            });
        }
        for (int i = 0; i < members.size(); ++i)
            m_membersOf[members.at(i).department].append(i);
        for (auto &list : m_membersOf) {
            std::sort(list.begin(), list.end(),
                      [this](int a, int b) { return members.at(a).id < members.at(b).id; });
        }
        QHash<qint64, qint64> parentOf;
        for (const Department &d : std::as_const(departments))
            parentOf.insert(d.id, d.parent);
        for (auto it = m_membersOf.cbegin(); it != m_membersOf.cend(); ++it) {
            for (qint64 d = it.key();; d = parentOf.value(d)) {
                m_totals[d] += it.value().size();
                if (d == 0)
                    break;
            }
        }
    }

    bool m_dirty = true;
    QHash<qint64, QList<int>> m_childDepartments;
    QHash<qint64, QList<int>> m_membersOf;
    QHash<qint64, qint64> m_totals;
};
